package org.electrotwin.campaign;

import java.io.Serializable;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One attempt at one run: what the twin returned, or why it failed. Computed where the twin
 * runs (a worker thread, a cluster's task) by the same code for every executor, and stored by
 * the campaign's one writer.
 */
public record RunAttempt(String key, RunStatus status, RunOutput output, String error, double wallTimeS) implements Serializable {

    /** Runs the twin on {@code run} in {@code workRoot/<key>}; never throws: a failure becomes a FAILED attempt with its reason. */
    public static RunAttempt of(TwinFunction twin, RunSpec run, Path workRoot) {
        long t0 = System.nanoTime();
        try {
            Path dir = workRoot.resolve(run.key());
            Files.createDirectories(dir);
            RunOutput out = twin.run(run, dir);
            if (out == null || out.propertiesJson() == null) {
                throw new IllegalStateException("the twin returned no properties");
            }
            return new RunAttempt(run.key(), RunStatus.DONE, out, null, seconds(t0));
        } catch (Throwable e) { // a diverging simulation or an out-of-memory fails this run only
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return failed(run.key(), reason(e), seconds(t0));
        }
    }

    public static RunAttempt failed(String key, String reason, double wallTimeS) {
        return new RunAttempt(key, RunStatus.FAILED, null, reason, wallTimeS);
    }

    /** Writes it to the database; a run already DONE stays as it is (a retried task never duplicates a row). */
    public void store(CampaignStore store, String campaign) {
        if (status == RunStatus.DONE) {
            store.complete(campaign, key, output, wallTimeS);
        } else {
            store.fail(campaign, key, error, wallTimeS);
        }
    }

    /** One line for the database: the exception and where it came from. */
    static String reason(Throwable e) {
        StringWriter w = new StringWriter();
        w.append(e.toString());
        StackTraceElement[] st = e.getStackTrace();
        if (st.length > 0) {
            w.append(" at ").append(st[0].toString());
        }
        Throwable c = e.getCause();
        if (c != null && c != e) {
            w.append("; caused by ").append(c.toString());
        }
        return w.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
