package io.provctl.cost;

import io.provctl.cost.budget.BudgetCheck;
import io.provctl.cost.budget.BudgetDeniedException;
import io.provctl.cost.budget.BudgetResult;
import io.provctl.model.BudgetSpec;
import io.provctl.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetCheckTest {

    private static BudgetSpec budget(String name, String limit, BudgetSpec.Action action) {
        return new BudgetSpec(name, new BigDecimal(limit), action, SourcePosition.unknown("main.hcl"));
    }

    private final List<BudgetSpec> budgets = List.of(budget("team", "500", BudgetSpec.Action.WARN),
            budget("hard-cap", "800", BudgetSpec.Action.DENY));

    @Test
    void withinEveryBudgetIncludingExactlyAtTheLimit() {
        BudgetResult r = BudgetCheck.check(budgets, new BigDecimal("500.00"));
        assertThat(r.breaches()).isEmpty();
        assertThatCode(r::requireAllowed).doesNotThrowAnyException();
    }

    @Test
    void overAWarnBudgetWarnsButAllows() {
        BudgetResult r = BudgetCheck.check(budgets, new BigDecimal("600"));
        assertThat(r.denied()).isFalse();
        assertThat(r.warnings()).singleElement().satisfies(b -> {
            assertThat(b.budget().name()).isEqualTo("team");
            assertThat(b.overBy()).isEqualByComparingTo("100");
            assertThat(b.message()).contains("\"team\"").contains("$600.00").contains("$500.00");
        });
        assertThatCode(r::requireAllowed).doesNotThrowAnyException();
    }

    @Test
    void overADenyBudgetFailsNamingTheBudget() {
        BudgetResult r = BudgetCheck.check(budgets, new BigDecimal("870.014"));
        assertThat(r.denied()).isTrue();
        assertThat(r.breaches()).hasSize(2);
        assertThatThrownBy(r::requireAllowed).isInstanceOf(BudgetDeniedException.class)
                .hasMessageContaining("hard-cap").hasMessageContaining("$870.01").hasMessageNotContaining("\"team\"");
    }
}
