package io.provctl.operator.managednode;

import io.fabric8.kubernetes.api.model.Node;
import io.provctl.operator.testsupport.FakeKubelet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NodeMatcherTest {

    private static final String ID = "local://vm-1";

    @Test
    void providerIdWinsOverANodeWithTheVmsName() {
        Node byName = node("web-1", Optional.empty(), "10.0.0.9");
        Node byId = node("ip-10-0-0-5", Optional.of(ID), "10.0.0.5");

        assertThat(match(List.of(byName, byId))).contains(byId);
    }

    @Test
    void fallsBackToTheNameThenToTheIpOfANodeWithoutProviderId() {
        Node byName = node("web-1", Optional.empty(), "10.0.0.9");
        Node byIp = node("ip-10-0-0-5", Optional.empty(), "10.0.0.5");

        assertThat(match(List.of(byIp, byName))).contains(byName);
        assertThat(match(List.of(byIp))).contains(byIp);
    }

    @Test
    void neverTakesANodeThatCarriesAnotherProviderId() {
        Node someoneElse = node("web-1", Optional.of("local://vm-2"), "10.0.0.5");

        assertThat(match(List.of(someoneElse))).isEmpty();
    }

    private static Optional<Node> match(List<Node> nodes) {
        return NodeMatcher.match(nodes, ID, "web-1", Optional.of("10.0.0.5"));
    }

    private static Node node(String name, Optional<String> providerId, String ip) {
        return FakeKubelet.node(name, providerId, Optional.of(ip), true);
    }
}
