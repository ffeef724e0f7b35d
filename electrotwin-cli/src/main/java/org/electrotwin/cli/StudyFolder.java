package org.electrotwin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.electrotwin.campaign.Study;
import org.electrotwin.core.InputException;

/** Where a study's campaign lives: {@code --out} or {@code <study name>-campaign}, with its database. */
record StudyFolder(Path dir, Path database) {
    static StudyFolder of(Study s, Path out) {
        Path dir = out != null ? out : Path.of(s.name() + "-campaign");
        return new StudyFolder(dir, dir.resolve("campaign.db"));
    }

    /** The database of a campaign that has run (learn and report read it; they never start one). */
    StudyFolder requireDatabase(Path studyFile) {
        if (!Files.isRegularFile(database)) {
            throw new InputException(database + ": no campaign database; expected 'electrotwin campaign " + studyFile + "' to have run first");
        }
        return this;
    }
}
