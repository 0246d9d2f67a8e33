package io.provctl.cli;

import io.provctl.config.ConfigException;
import io.provctl.cost.budget.BudgetDeniedException;
import io.provctl.cost.estimate.UnknownPriceException;
import io.provctl.cost.pricing.PriceCatalogException;
import io.provctl.plan.PlanException;
import io.provctl.provider.ProviderException;
import io.provctl.store.LockHeldException;
import io.provctl.store.StateStoreException;
import picocli.CommandLine;

import java.lang.reflect.Constructor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Builds the command line with its dependencies and turns every failure into a message and an exit code. */
public final class Cli {

    private Cli() {
    }

    public static int run(CliEnvironment env, String... args) {
        CommandLine cli = commandLine(env);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = env.signals() ? interruptHook(env, finished) : null;
        try {
            return cli.execute(args);
        } finally {
            env.out().flush();
            env.err().flush();
            finished.countDown();
            if (hook != null) {
                removeHook(hook);
            }
        }
    }

    /**
     * On Ctrl-C or SIGTERM: tell the command to stop starting work, then hold the JVM until the command
     * has finished what was running, recorded it and released the state lock.
     */
    private static Thread interruptHook(CliEnvironment env, CountDownLatch finished) {
        Thread hook = new Thread(() -> {
            env.interrupted().set(true);
            env.err().println("\nInterrupt received: no new operations will start; waiting for running ones to finish...");
            env.err().flush();
            try {
                finished.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "provctl-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting because of a signal; the hook is running and waits for this command
        }
    }

    public static CommandLine commandLine(CliEnvironment env) {
        CommandLine cli = new CommandLine(ProvctlCommand.class, new Factory(env));
        cli.setOut(env.out());
        cli.setErr(env.err());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> report(env, e));
        cli.setParameterExceptionHandler((e, args) -> {
            env.err().println("Error: " + e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, env.err())) {
                e.getCommandLine().usage(env.err());
            }
            return ExitCodes.ERROR;
        });
        return cli;
    }

    /** Known failures are one clear message; anything else also says it is unexpected. */
    static int report(CliEnvironment env, Exception e) {
        if (e instanceof ConfigException
                || e instanceof PlanException || e instanceof LockHeldException || e instanceof StateStoreException
                || e instanceof ProviderException || e instanceof IllegalArgumentException
                || e instanceof UserError || e instanceof BudgetDeniedException
                || e instanceof UnknownPriceException || e instanceof PriceCatalogException) {
            env.err().println("Error: " + e.getMessage());
        } else {
            env.err().println("Error: unexpected failure: " + e);
            if (env.env().containsKey("PROVCTL_DEBUG")) {
                e.printStackTrace(env.err());
            }
        }
        return ExitCodes.ERROR;
    }

    /** Creates commands with the environment injected when they ask for it. */
    private record Factory(CliEnvironment env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliEnvironment.class) {
                    c.setAccessible(true);
                    return type.cast(c.newInstance(env));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
