# A small cluster on the embedded local cloud: no account, no server.
#   ./provctl apply examples/quickstart.hcl

variable "environment" {
  default = "dev"
}

provider "local" {
  region = "local-1"
}

cluster "quickstart" {
  provider = "local"

  network {
    vpc_cidr           = "10.42.0.0/16"
    availability_zones = ["local-1a", "local-1b"]
    nat_gateway        = false
  }

  control_plane {
    type    = "managed"
    version = "1.30"
    ha      = false
  }

  worker_pools {
    pool "system" {
      instance_type = "local.small"
      min_size      = 1
      max_size      = 3
      desired_size  = 2

      labels = {
        workload = "system"
      }
    }

    pool "apps" {
      instance_type = "local.medium"
      min_size      = 0
      max_size      = 5
      desired_size  = 1

      labels = {
        workload = "apps"
      }
    }
  }

  tags = {
    Environment = "${var.environment}"
    ManagedBy   = "provctl"
  }
}
