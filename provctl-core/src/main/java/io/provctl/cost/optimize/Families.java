package io.provctl.cost.optimize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The family of an instance type, to tell a family change from a size change. */
final class Families {

    private static final Pattern AZURE = Pattern.compile("(Standard_[A-Za-z]+)\\d+(.*)");

    private Families() {
    }

    static String of(String instanceType) {
        int dot = instanceType.indexOf('.');
        if (dot > 0) {
            return instanceType.substring(0, dot);
        }
        Matcher m = AZURE.matcher(instanceType);
        if (m.matches()) {
            return m.group(1) + m.group(2);
        }
        int dash = instanceType.lastIndexOf('-');
        return dash > 0 ? instanceType.substring(0, dash) : instanceType;
    }

    /** Burstable families share CPU credits: cheaper, but slower under sustained load. */
    static boolean burstable(String instanceType) {
        String f = of(instanceType);
        return f.matches("t\\d.*") || f.startsWith("Standard_B") || f.startsWith("e2-micro");
    }
}
