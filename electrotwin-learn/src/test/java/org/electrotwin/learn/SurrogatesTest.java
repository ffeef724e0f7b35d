package org.electrotwin.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.electrotwin.core.InputException;
import org.electrotwin.learn.gp.CrossValidation;
import org.junit.jupiter.api.Test;

class SurrogatesTest {
    @Test
    void everyRegisteredModelFitsALinearTrend() {
        double[][] x = org.electrotwin.learn.doe.SobolSequence.scrambled(2, 1).points(64);
        double[] y = new double[64];
        for (int i = 0; i < 64; i++) {
            y[i] = 2 * x[i][0] - x[i][1];
        }
        for (String name : Surrogates.names()) {
            CrossValidation cv = CrossValidation.kFold(Surrogates.create(name, 1), x, y, 4, 1);
            assertThat(cv.r2()).as(name).isGreaterThan(0.7);
        }
        assertThat(Surrogates.names()).containsExactly("forest", "gp");
    }

    @Test
    void unknownNameIsAnInputError() {
        assertThatThrownBy(() -> Surrogates.create("svm", 1)).isInstanceOf(InputException.class)
                .hasMessageContaining("'svm'").hasMessageContaining("gp");
    }
}
