package io.provctl.cost.pricing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The billing policy of each provider; a provider not listed bills a 730-hour month. */
public final class BillingPolicies {

    private final Map<String, BillingPolicy> byProvider;

    public BillingPolicies(Map<String, BillingPolicy> byProvider) {
        this.byProvider = Map.copyOf(byProvider);
    }

    public static BillingPolicies standard() {
        Map<String, BillingPolicy> m = new HashMap<>();
        m.put("vpsie", new BillingPolicy("vpsie", BillingPolicy.VPSIE_MONTH_HOURS));
        return new BillingPolicies(m);
    }

    public BillingPolicy forProvider(String provider) {
        String p = provider.toLowerCase(Locale.ROOT);
        return byProvider.getOrDefault(p, new BillingPolicy(p, BillingPolicy.STANDARD_MONTH_HOURS));
    }
}
