package org.electrotwin.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "9 um; LENGTH; 9e-6",
            "9 µm; LENGTH; 9e-6",
            "0.15 mm; LENGTH; 1.5e-4",
            "150e-6 m; LENGTH; 1.5e-4",
            "1.5 g/cm3; DENSITY; 1500",
            "1500 kg/m3; DENSITY; 1500",
            "1.5 g/cm^3; DENSITY; 1500",
            "100 MPa; PRESSURE; 1e8",
            "5 bar; PRESSURE; 5e5",
            "2 um/s; SPEED; 2e-6",
            "6 m/min; SPEED; 0.1",
            "12 mg/cm2; AREAL_DENSITY; 0.12",
            "3 mS/cm; CONDUCTIVITY; 0.3",
            "10 S/m; CONDUCTIVITY; 10",
            "300 mAh/g; SPECIFIC_CHARGE; 1.08e6",
            "1.67 mPa.s; VISCOSITY; 1.67e-3",
            "1 cP; VISCOSITY; 1e-3",
            "80 degC; TEMPERATURE; 353.15",
            "45 %; NONE; 0.45",
            "0.45; NONE; 0.45",
            "1e-9 m2/s; DIFFUSIVITY; 1e-9",
            "0.05 J/m2; SURFACE_ENERGY; 0.05",
    })
    void convertsToSi(String text, String dim, double si) throws Exception {
        Dimension d = (Dimension) Dimension.class.getField(dim).get(null);
        assertThat(Units.toSi(text, d)).isCloseTo(si, within(Math.abs(si) * 1e-12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "9 furlongs; unknown unit",
            "9 um; not a density",
            "abc; not a number",
            "1.5 g/cm3/s; at most one '/'",
            "12; not a length",
    })
    void rejectsWithAClearMessage(String text, String fragment) {
        Dimension expected = fragment.contains("density") ? Dimension.DENSITY : Dimension.LENGTH;
        assertThatThrownBy(() -> Units.toSi(text, expected)).isInstanceOf(Units.UnitException.class).hasMessageContaining(fragment);
    }
}
