package org.smartbizflow.crm.examples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.smartbizflow.crm.examples.accounts.AccountsCommand;
import org.smartbizflow.crm.examples.contacts.ContactsCommand;
import org.smartbizflow.crm.examples.forecast.ForecastCommand;
import org.smartbizflow.crm.examples.leads.LeadsCommand;
import org.smartbizflow.crm.examples.score.ScoreCommand;
import org.smartbizflow.crm.examples.support.Arguments;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The examples jar's entry point: {@code java -jar crm-examples.jar COMMAND ...}.
 */
public final class CrmExamples {

    private static final String USAGE = """
            usage: java -jar crm-examples.jar COMMAND [ARGS]
              demo [--db PATH]           the quick-start host on an embedded H2 file database
              leads import|export ...    move leads between CSV/JSON and a CRM database
              contacts import|export ... move contacts between CSV/JSON and a CRM database
              accounts import|export ... move accounts between CSV/JSON and a CRM database
              score evaluate|train|apply ...   predictive scoring on any CSV with a header
              forecast backtest|run ...  time-series forecasts and rolling-origin backtests
            run a command without arguments for its options""";

    private CrmExamples() {
    }

    public static void main(String[] args) {
        // Hibernate logs through jboss-logging; send that to SLF4J (warnings only, see simplelogger.properties).
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs a command; returns the process exit code (0 ok, 1 done with rejections, 2 bad usage or input). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "demo" -> DemoCommand.run(rest, out);
                case "leads" -> LeadsCommand.run(rest, out, err);
                case "contacts" -> ContactsCommand.run(rest, out, err);
                case "accounts" -> AccountsCommand.run(rest, out, err);
                case "score" -> ScoreCommand.run(rest, out, err);
                case "forecast" -> ForecastCommand.run(rest, out, err);
                default -> {
                    err.println("unknown command '" + args.get(0) + "'\n" + USAGE);
                    yield 2;
                }
            };
        } catch (Arguments.UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (ValidationException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
