package org.electrotwin.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** Spark logs through Log4j 2 at INFO; in local mode only its warnings belong beside electrotwin's progress lines. */
final class SparkLogging {
    private SparkLogging() {}

    /** WARN for everything, unless the user gave Log4j a configuration of their own. */
    static void quiet() {
        if (System.getProperty("log4j2.configurationFile") == null && System.getProperty("log4j.configurationFile") == null) {
            Configurator.setRootLevel(Level.WARN);
        }
    }
}
