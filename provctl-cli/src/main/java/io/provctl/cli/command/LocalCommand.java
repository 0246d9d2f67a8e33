package io.provctl.cli.command;

import io.provctl.cli.BaseCommand;
import io.provctl.cli.CliEnvironment;
import io.provctl.cli.CommandGroup;
import io.provctl.cli.DurationConverter;
import io.provctl.cli.ExitCodes;
import io.provctl.cli.OutputFormat;
import io.provctl.cli.UserError;
import io.provctl.cli.Workspace;
import io.provctl.text.TextTable;
import io.provctl.cloud.local.LocalResource;
import io.provctl.cloud.local.LocalVm;
import io.provctl.json.Json;
import io.provctl.model.ResourceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "local", description = {
        "Changes the simulated local cloud behind provctl's back.",
        "Acts as someone clicking in a cloud console would, to try drift detection and recovery.",
        "Resources are named by provider ID or by provctl address (cluster.NAME.pool.POOL)."},
        subcommands = {LocalCommand.ListCommand.class, LocalCommand.ScaleCommand.class,
                LocalCommand.DeleteCommand.class, LocalCommand.TagCommand.class, LocalCommand.SetVersionCommand.class,
                LocalCommand.SetCommand.class, LocalCommand.InterruptCommand.class})
public final class LocalCommand extends CommandGroup {

    public LocalCommand(CliEnvironment env) {
        super(env);
    }

    /** Shared by the subcommands: each says what it changed, by ID and address. */
    abstract static class LocalSubcommand extends BaseCommand {
        LocalSubcommand(CliEnvironment env) {
            super(env);
        }

        void printed(String verb, LocalResource r) {
            String address = r.address().map(ResourceId::address).orElse("(untracked)");
            out().println(verb + " " + r.providerId() + " (" + address + ")");
        }
    }

    @Command(name = "list", description = {
            "Lists every resource of the local cloud, with its ID, address, state and size,",
            "then the operator's single VMs (kind vm), with their name, offering and capacity type (on-demand or spot)."})
    public static final class ListCommand extends LocalSubcommand {

        @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "table (default) or json.")
        OutputFormat format = OutputFormat.TABLE;

        public ListCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            List<LocalResource> all = ws.localConsole().list();
            List<LocalVm> vms = ws.localConsole().vms();
            if (format == OutputFormat.JSON) {
                List<Map<String, Object>> items = new ArrayList<>(all.stream().map(ListCommand::json).toList());
                vms.stream().map(ListCommand::json).forEach(items::add);
                out().println(Json.write(items));
                return ExitCodes.OK;
            }
            TextTable table = new TextTable("ID", "ADDRESS", "KIND", "PROVIDER", "STATE", "DETAIL", "CREATED");
            for (LocalResource r : all) {
                table.row(r.providerId(), r.address().map(ResourceId::address).orElse("-"), r.kind().label(),
                        r.provider(), r.state().name().toLowerCase(), detail(r), r.createdAt());
            }
            for (LocalVm vm : vms) {
                table.row(vm.id(), "-", "vm", vm.provider(), vm.state().name().toLowerCase(),
                        vm.name() + ": " + vm.offering() + ", " + vm.capacity(), vm.createdAt());
            }
            out().print(table.render());
            return ExitCodes.OK;
        }

        private static String detail(LocalResource r) {
            return switch (r.kind()) {
                case NODE_POOL -> r.nodes().size() + " x " + r.attributes().get("instance_type");
                case CONTROL_PLANE -> "v" + r.attributes().get("version");
                case NETWORK -> String.valueOf(r.attributes().get("vpc_cidr"));
                case CLUSTER -> r.region();
            };
        }

        private static Map<String, Object> json(LocalVm vm) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", vm.id());
            m.put("address", null);
            m.put("kind", "vm");
            m.put("provider", vm.provider());
            m.put("region", vm.region());
            m.put("state", vm.state().name().toLowerCase());
            m.put("name", vm.name());
            m.put("offering", vm.offering());
            m.put("capacity", vm.capacity());
            m.put("tags", vm.tags());
            m.put("created_at", vm.createdAt().toString());
            return m;
        }

        private static Map<String, Object> json(LocalResource r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.providerId());
            m.put("address", r.address().map(ResourceId::address).orElse(null));
            m.put("kind", r.kind().label());
            m.put("provider", r.provider());
            m.put("region", r.region());
            m.put("state", r.state().name().toLowerCase());
            m.put("nodes", r.nodes().size());
            m.put("attributes", r.attributes());
            m.put("tags", r.tags());
            m.put("created_at", r.createdAt().toString());
            return m;
        }
    }

    @Command(name = "scale", description = "Sets a node pool's node count, as a console resize would.")
    public static final class ScaleCommand extends LocalSubcommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Provider ID or address of a node pool.")
        String id;

        @Parameters(index = "1", paramLabel = "N", description = "The new node count.")
        int count;

        public ScaleCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            if (count < 0) {
                throw new UserError("N must be 0 or more, not " + count);
            }
            printed("Scaled to " + count + ":", ws.localConsole().scale(id, count));
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", description = "Deletes a resource from the local cloud without telling provctl's state.")
    public static final class DeleteCommand extends LocalSubcommand {

        @Parameters(paramLabel = "ID", description = "Provider ID or address.")
        String id;

        public DeleteCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            printed("Deleted", ws.localConsole().delete(id));
            return ExitCodes.OK;
        }
    }

    @Command(name = "tag", description = "Sets one tag on a resource.")
    public static final class TagCommand extends LocalSubcommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Provider ID or address.")
        String id;

        @Parameters(index = "1", paramLabel = "KEY=VALUE", description = "The tag to set.")
        String tag;

        public TagCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            int eq = tag.indexOf('=');
            if (eq <= 0) {
                throw new UserError("tag '" + tag + "': expected KEY=VALUE");
            }
            printed("Tagged " + tag + ":", ws.localConsole().tag(id, tag.substring(0, eq), tag.substring(eq + 1)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "set-version", description = "Sets the Kubernetes version of a control plane (named directly or by its cluster).")
    public static final class SetVersionCommand extends LocalSubcommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Provider ID or address of a control plane or cluster.")
        String id;

        @Parameters(index = "1", paramLabel = "VERSION", description = "The Kubernetes version, such as 1.29.")
        String version;

        public SetVersionCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            printed("Set version " + version + " on", ws.localConsole().setVersion(id, version));
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", description = {
            "Sets one attribute of a resource, as an edit in a cloud console would.",
            "VALUE true/false is a bool, a number is a number, anything else a string: local set",
            "cluster.prod.network nat_gateway=false"})
    public static final class SetCommand extends LocalSubcommand {

        @Parameters(index = "0", paramLabel = "ID", description = "Provider ID or address.")
        String id;

        @Parameters(index = "1", paramLabel = "NAME=VALUE", description = "The attribute to set.")
        String assignment;

        public SetCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new UserError("'" + assignment + "': expected NAME=VALUE");
            }
            String name = assignment.substring(0, eq);
            printed("Set " + assignment + " on", ws.localConsole().setAttribute(id, name, value(assignment.substring(eq + 1))));
            return ExitCodes.OK;
        }

        private static Object value(String raw) {
            if (raw.equals("true") || raw.equals("false")) {
                return Boolean.valueOf(raw);
            }
            try {
                return new java.math.BigDecimal(raw);
            } catch (NumberFormatException notANumber) {
                return raw;
            }
        }
    }

    @Command(name = "interrupt", description = {
            "Sends a spot interruption notice for one of the operator's spot VMs, as the provider does when it",
            "needs the capacity back. The operator sees the notice, drains the node and replaces it; the local",
            "cloud deletes the VM itself once the time given by --in has passed, drained or not.",
            "An on-demand VM cannot be interrupted; an unknown VM is an error. Exit code 0, or 1 on error."})
    public static final class InterruptCommand extends LocalSubcommand {

        @Parameters(paramLabel = "VM", description = "The VM's ID (vm-…) or name, as `provctl local list` shows it.")
        String vm;

        @Option(names = "--in", paramLabel = "DURATION", defaultValue = "2m", converter = DurationConverter.class,
                description = "Time until the VM is reclaimed, such as 30s or 2m (default: ${DEFAULT-VALUE}, as on AWS).")
        Duration in;

        public InterruptCommand(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Workspace ws) {
            LocalVm noticed = ws.localConsole().interrupt(vm, in);
            out().println("Interruption notice sent for " + noticed.id() + " (" + noticed.name()
                    + "): reclaimed at " + noticed.reclaimAt());
            return ExitCodes.OK;
        }
    }
}
