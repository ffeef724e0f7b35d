package org.electrotwin.core.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.electrotwin.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabeledVolumeTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void cropCopiesExactlyTheBox(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        LabeledVolume v = LabeledVolume.allocate(9, 7, 5, 1e-6, PhaseTable.defaults());
        for (int i = 0; i < v.voxelCount(); i++) {
            v.labels()[i] = (byte) rnd.nextInt(4);
        }
        int x0 = rnd.nextInt(4), y0 = rnd.nextInt(3), z0 = rnd.nextInt(2);
        LabeledVolume c = v.crop(x0, y0, z0, 5, 4, 3);
        for (int z = 0; z < 3; z++) {
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 5; x++) {
                    assertThat(c.label(x, y, z)).isEqualTo(v.label(x0 + x, y0 + y, z0 + z));
                }
            }
        }
        long[] h = v.histogram();
        assertThat(h[0] + h[1] + h[2] + h[3]).isEqualTo(v.voxelCount());
    }

    @Test
    void unsignedLabelsAndIndexOrder() {
        LabeledVolume v = LabeledVolume.allocate(3, 2, 2, 1e-6, PhaseTable.defaults());
        v.set(2, 1, 1, 200);
        assertThat(v.labels()[2 + 3 * (1 + 2 * 1)] & 0xFF).isEqualTo(200);
        assertThat(v.label(2, 1, 1)).isEqualTo(200);
        assertThat(v.labelsPresent()).containsExactly(0, 200);
    }

    @Test
    void refusesVolumesThatCannotFitBeforeAllocating() {
        assertThatThrownBy(() -> LabeledVolume.allocate(4096, 4096, 4096, 1e-6, PhaseTable.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("4096x4096x4096").hasMessageContaining("at most");
        assertThatThrownBy(() -> LabeledVolume.checkedVoxelCount(1200, 1200, 1200, 8))
                .isInstanceOf(InputException.class).hasMessageContaining("heap");
        assertThatThrownBy(() -> LabeledVolume.allocate(0, 4, 4, 1e-6, PhaseTable.defaults())).isInstanceOf(InputException.class);
    }

    @Test
    void phaseTableParsesAndRejects() {
        PhaseTable p = PhaseTable.parse("0=pore,85=am,170=cbd");
        assertThat(p.labelOf("cbd")).isEqualTo(170);
        assertThat(p.name(85)).isEqualTo("am");
        assertThat(p.name(3)).isEqualTo("label3");
        assertThat(p.toString()).isEqualTo("0=pore,85=am,170=cbd");
        assertThatThrownBy(() -> PhaseTable.parse("0=pore,1=pore")).isInstanceOf(InputException.class).hasMessageContaining("same name");
        assertThatThrownBy(() -> PhaseTable.parse("x=pore")).isInstanceOf(InputException.class).hasMessageContaining("not an integer");
        assertThatThrownBy(() -> PhaseTable.parse("300=pore")).isInstanceOf(InputException.class).hasMessageContaining("0..255");
    }
}
