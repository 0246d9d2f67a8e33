package io.provctl.rightsizing;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * When the next analysis is due, from a standard 5-field cron expression evaluated in UTC (a
 * CostOptimization's schedule; default every 6 hours on the hour).
 */
public final class AnalysisSchedule {

    public static final String DEFAULT_CRON = "0 */6 * * *";

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final ExecutionTime executions;

    private AnalysisSchedule(String expression, Cron cron) {
        this.expression = expression;
        this.executions = ExecutionTime.forCron(cron);
    }

    /** Parses the expression; an invalid one is refused with the parser's explanation. */
    public static AnalysisSchedule parse(String expression) {
        try {
            return new AnalysisSchedule(expression.trim(), PARSER.parse(expression.trim()).validate());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid schedule '" + expression + "': " + e.getMessage(), e);
        }
    }

    public static AnalysisSchedule standard() {
        return parse(DEFAULT_CRON);
    }

    public String expression() {
        return expression;
    }

    /** The first scheduled time strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        return executions.nextExecution(after.atZone(ZoneOffset.UTC))
                .map(z -> z.toInstant())
                .orElseThrow(() -> new IllegalStateException("schedule '" + expression + "' never fires again"));
    }

    /** When the next analysis is due: now if there was none yet, else the first slot after the last one. */
    public Instant nextDue(Optional<Instant> lastAnalysis, Instant now) {
        return lastAnalysis.map(this::nextAfter).orElse(now);
    }

    /** True when a slot has passed since the last analysis (or there was none). */
    public boolean isDue(Optional<Instant> lastAnalysis, Instant now) {
        return !nextDue(lastAnalysis, now).isAfter(now);
    }

    @Override
    public String toString() {
        return expression;
    }
}
