package io.provctl.store;

/** Who writes events: the user, the host and the command they ran. */
public record Actor(String user, String host, long pid, String command) {

    /** The current OS user on this host, running {@code command}. */
    public static Actor current(String command) {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        return new Actor(System.getProperty("user.name", "unknown"), host, ProcessHandle.current().pid(), command);
    }

    /** user@host, as the log shows it. */
    public String name() {
        return user + "@" + host;
    }
}
