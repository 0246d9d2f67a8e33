package io.provctl.operator.logging;

import java.time.Instant;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logging of the operator process. Everything logs through SLF4J bound to java.util.logging, so one
 * handler on the root logger decides the format: one JSON object per line, or a line for people.
 */
public final class OperatorLogging {

    /** How log lines look. */
    public enum Format { JSON, CONSOLE }

    private OperatorLogging() {
    }

    public static void configure(Format format, String level) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Handler handler = new ConsoleHandler();
        handler.setFormatter(format == Format.JSON ? new JsonFormatter() : new SimpleFormatter());
        Level parsed = level(level);
        handler.setLevel(parsed);
        root.addHandler(handler);
        root.setLevel(Level.WARNING);
        Logger.getLogger("io.provctl").setLevel(parsed);
        Logger.getLogger("io.javaoperatorsdk").setLevel(parsed.intValue() < Level.INFO.intValue() ? parsed : Level.INFO);
    }

    static Level level(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "error" -> Level.SEVERE;
            case "warn", "warning" -> Level.WARNING;
            case "info" -> Level.INFO;
            case "debug" -> Level.FINE;
            case "trace" -> Level.FINEST;
            default -> throw new IllegalArgumentException("unknown log level '" + name
                    + "': expected error, warn, info, debug or trace");
        };
    }

    /** One JSON object per record: time, level, logger, message, error. */
    static final class JsonFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder out = new StringBuilder("{\"time\":\"").append(Instant.ofEpochMilli(r.getMillis()))
                    .append("\",\"level\":\"").append(r.getLevel().getName())
                    .append("\",\"logger\":").append(quote(r.getLoggerName()))
                    .append(",\"message\":").append(quote(formatMessage(r)));
            if (r.getThrown() != null) {
                out.append(",\"error\":").append(quote(r.getThrown().toString()));
            }
            return out.append("}\n").toString();
        }

        static String quote(String s) {
            if (s == null) {
                return "null";
            }
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
    }
}
