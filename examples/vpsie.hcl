# A small self-managed Kubernetes cluster on VPSie: one control plane VM and two worker pools of VMs.
#   export VPSIE_CLIENT_ID=… VPSIE_CLIENT_SECRET=…    (or VPSIE_TOKEN=…)
#   ./provctl plan examples/vpsie.hcl
#   ./provctl apply examples/vpsie.hcl
# region is a VPSie datacenter (code, name or ID); instance_type is a VPSie offering (name or ID),
# as GET /offerings lists them.

provider "vpsie" {
  region = "yyz"
}

cluster "edge" {
  provider = "vpsie"

  network {
    nat_gateway     = false
    private_cluster = false
  }

  control_plane {
    type    = "self-managed"
    version = "1.30"
    ha      = false

    config = {
      instance_type = "Standard 2 vCPU / 4 GB"
    }
  }

  worker_pools {
    pool "system" {
      instance_type = "Standard 2 vCPU / 4 GB"
      min_size      = 1
      max_size      = 3
      desired_size  = 1
    }

    pool "apps" {
      instance_type = "Standard 4 vCPU / 8 GB"
      min_size      = 0
      max_size      = 5
      desired_size  = 2

      config = {
        image = "Ubuntu 24.04"
      }
    }
  }

  tags = {
    ManagedBy = "provctl"
  }
}
