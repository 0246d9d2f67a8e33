package io.provctl.plan;

import java.util.Optional;

/**
 * One attribute that differs between recorded and desired state. {@code before} is empty when the
 * attribute is new, {@code after} when it goes away. {@code forcesReplacement} marks the attributes a
 * provider cannot change in place.
 */
public record AttributeChange(String name, Optional<Object> before, Optional<Object> after,
                              boolean forcesReplacement) {
}
