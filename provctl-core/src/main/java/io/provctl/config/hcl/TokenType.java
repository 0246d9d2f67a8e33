package io.provctl.config.hcl;

/** The kinds of token the HCL lexer produces. */
public enum TokenType {
    IDENT("identifier"), NUMBER("number"), STRING("string"), HEREDOC("heredoc"),
    LBRACE("\"{\""), RBRACE("\"}\""), LBRACK("\"[\""), RBRACK("\"]\""), LPAREN("\"(\""), RPAREN("\")\""),
    EQUAL("\"=\""), COLON("\":\""), COMMA("\",\""), DOT("\".\""), QUESTION("\"?\""), ELLIPSIS("\"...\""),
    FAT_ARROW("\"=>\""), EQ("\"==\""), NE("\"!=\""), LT("\"<\""), GT("\">\""), LE("\"<=\""), GE("\">=\""),
    AND("\"&&\""), OR("\"||\""), BANG("\"!\""), PLUS("\"+\""), MINUS("\"-\""), STAR("\"*\""),
    SLASH("\"/\""), PERCENT("\"%\""), NEWLINE("newline"), EOF("end of file");

    private final String description;

    TokenType(String description) {
        this.description = description;
    }

    /** How the token kind is named in "expected …, found …" messages. */
    public String description() {
        return description;
    }
}
