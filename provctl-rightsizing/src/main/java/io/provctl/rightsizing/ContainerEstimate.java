package io.provctl.rightsizing;

/**
 * What one container needs: the request to set ({@code target}), below which it would likely starve
 * ({@code lowerBound}) and above which it is surely over-provisioned ({@code upperBound}), with the
 * history behind the figures and the OOM kills seen.
 */
public record ContainerEstimate(String container, Resources target, Resources lowerBound, Resources upperBound,
                                Confidence confidence, int oomKills) {
}
