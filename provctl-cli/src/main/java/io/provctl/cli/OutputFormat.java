package io.provctl.cli;

/** How a command prints data: a table or text for people, JSON for programs. */
public enum OutputFormat { TEXT, TABLE, JSON }
