package org.electrotwin.characterize;

/**
 * Area of the interface between two phases. {@code key} names the two phases in alphabetical
 * order joined by '|' (DESIGN §4.4); the specific area is per unit of TOTAL volume.
 */
public record InterfaceMetrics(String key, String phaseA, String phaseB, double areaM2, double specificAreaPerM) {

    /** "am|pore" from ("pore", "am"). */
    public static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
