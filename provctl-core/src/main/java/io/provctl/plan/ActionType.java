package io.provctl.plan;

/** What a plan does to one resource, with the symbol Terraform users know. */
public enum ActionType {
    CREATE("+", "create"),
    UPDATE("~", "update in-place"),
    REPLACE("-/+", "destroy and then create replacement"),
    DELETE("-", "destroy");

    private final String symbol;
    private final String verb;

    ActionType(String symbol, String verb) {
        this.symbol = symbol;
        this.verb = verb;
    }

    public String symbol() {
        return symbol;
    }

    public String verb() {
        return verb;
    }

    /** The lower-case name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
