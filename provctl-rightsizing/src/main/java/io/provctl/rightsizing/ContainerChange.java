package io.provctl.rightsizing;

import java.util.OptionalDouble;

/**
 * The requests of one container before and after, with what the estimate alone would have set
 * ({@code recommended}) before maxChangePercent capped it.
 */
public record ContainerChange(String container, Resources before, Resources after, Resources recommended,
                              ContainerEstimate estimate) {

    public boolean capped() {
        return !after.equals(recommended);
    }

    public boolean changes() {
        return !after.equals(before);
    }

    /** Relative CPU change in percent (negative when shrinking); empty when there was no request. */
    public OptionalDouble cpuChangePercent() {
        return Changes.percent(before.cpuMillicores(), after.cpuMillicores());
    }

    /** Relative memory change in percent (negative when shrinking); empty when there was no request. */
    public OptionalDouble memoryChangePercent() {
        return Changes.percent(before.memoryBytes(), after.memoryBytes());
    }
}
