package io.provctl.operator.managednode;

import java.util.Optional;

/**
 * The cloud-init document that turns a fresh VM into a node: install the kubelet and kubeadm, then
 * {@code kubeadm join}. Pure. The result holds the join token: it goes to the provider only, never to
 * a log, an event or a status.
 */
public final class CloudInit {

    private CloudInit() {
    }

    public static String render(String nodeName, Optional<String> kubernetesVersion, JoinSecret join) {
        String version = kubernetesVersion.map(v -> v.startsWith("v") ? v.substring(1) : v).orElse("1.30");
        String minor = version.chars().filter(ch -> ch == '.').count() >= 2
                ? version.substring(0, version.lastIndexOf('.')) : version;
        return "#cloud-config\n"
                + "hostname: " + nodeName + "\n"
                + "runcmd:\n"
                + "  - curl -fsSL https://pkgs.k8s.io/core:/stable:/v" + minor + "/deb/Release.key"
                + " | gpg --dearmor -o /etc/apt/keyrings/kubernetes.gpg\n"
                + "  - echo 'deb [signed-by=/etc/apt/keyrings/kubernetes.gpg] https://pkgs.k8s.io/core:/stable:/v"
                + minor + "/deb/ /' > /etc/apt/sources.list.d/kubernetes.list\n"
                + "  - apt-get update && apt-get install -y kubelet kubeadm\n"
                + "  - systemctl enable --now kubelet\n"
                + "  - kubeadm join " + join.endpoint() + " --token " + join.token()
                + " --discovery-token-ca-cert-hash " + join.caCertHash() + " --node-name " + nodeName + "\n";
    }
}
