package org.electrotwin.process.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.process.engine.Particles;
import org.junit.jupiter.api.Test;

/** Drying and calendering use the DEM law composed from the spec's contact-model names. */
class ContactModelChoiceTest {
    static final ProcessSpec SPEC = ProcessSpec.sibDefaults(40e-6, 3).withSteps(600, 2);

    @Test
    void theLawIsComposedFromTheChosenNames() {
        assertThat(ProcessModels.dem(SPEC).names()).isEqualTo(ProcessSpec.DEFAULT_CONTACT_MODELS);
        ProcessSpec hooke = SPEC.withContactModels(Map.of("normal", "hooke", "cohesion", "jkr-simplified"));
        assertThat(ProcessModels.dem(hooke).names()).containsEntry("normal", "hooke").containsEntry("cohesion", "jkr-simplified")
                .containsEntry("tangential", "mindlin-coulomb");
        // while wet the binder is dissolved: no cohesion whatever the dry choice
        assertThat(ProcessModels.wet(hooke).names()).containsEntry("normal", "hooke").containsEntry("cohesion", "none");
    }

    @Test
    void anotherChoiceChangesTheRun() {
        SlurryStage.Result slurry = SlurryStage.run(SPEC);
        DryingStage.Result dry = DryingStage.run(SPEC, slurry.particles().copy(), slurry.topM());
        Particles bridged = CalenderingStage.run(SPEC, dry.particles().copy()).particles();
        Particles again = CalenderingStage.run(SPEC, dry.particles().copy()).particles();
        Particles loose = CalenderingStage.run(SPEC.withContactModels(Map.of("cohesion", "none", "rolling", "none")),
                dry.particles().copy()).particles();
        assertThat(again.sameState(bridged)).isTrue();
        assertThat(loose.sameState(bridged)).isFalse();
    }

    @Test
    void anUnknownNameIsOneLineNamingTheKindAndTheChoices() {
        assertThatThrownBy(() -> SPEC.withContactModels(Map.of("rolling", "square-wheels")))
                .isInstanceOf(InputException.class)
                .hasMessage("process spec contact rolling model 'square-wheels': expected one of none, constant-torque");
        assertThatThrownBy(() -> SPEC.withContactModels(Map.of("normal", "lj-shifted")))
                .isInstanceOf(InputException.class).hasMessageContaining("expect hertz or hooke");
        assertThatThrownBy(() -> SPEC.withContactModels(Map.of("glue", "none")))
                .isInstanceOf(InputException.class).hasMessageContaining("kind 'glue'");
    }
}
