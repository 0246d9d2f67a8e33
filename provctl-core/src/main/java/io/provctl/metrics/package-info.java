/**
 * The metrics port: container usage samples (CPU in millicores, working-set memory in bytes) and OOM
 * kills for one workload over a window, as plain values.
 */
package io.provctl.metrics;
