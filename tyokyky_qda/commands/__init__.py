"""Sub-commands of the CLI, one module per family; each has ``register(subparsers)``."""
