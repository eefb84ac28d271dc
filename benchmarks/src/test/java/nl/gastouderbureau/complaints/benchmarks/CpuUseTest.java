package nl.gastouderbureau.complaints.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CpuUseTest {

    @Test
    void aProcessUsesItsUserAndSystemTicksEvenWhenItsCommandHasSpacesAndBrackets() {
        String line = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 51234 0 12 0 1500 250 3 4 20 0 57 0 9876 "
                + "3000000000 120000 18446744073709551615 1 1 0 0 0 0 0 4096 17100 0 0 0 17 1 0 0 0 0 0";

        assertThat(CpuUse.ticksOfStatLine(line)).isEqualTo(1750);
    }

    @Test
    void theMachineIsBusyForAllButIdleAndIoWaitTicks() {
        String line = "cpu  1000 20 300 5000 70 8 9 11 0 0";

        assertThat(CpuUse.busyTicksOfCpuLine(line)).isEqualTo(1000 + 20 + 300 + 8 + 9 + 11);
    }

    @Test
    void thisJvmHasUsedSomeCpuAndTheMachineCountsIt() {
        assertThat(CpuUse.processTicks(Long.toString(ProcessHandle.current().pid()))).hasValueSatisfying(
                ticks -> assertThat(ticks).isPositive());
        assertThat(CpuUse.machineBusyTicks()).hasValueSatisfying(ticks -> assertThat(ticks).isPositive());
    }
}
