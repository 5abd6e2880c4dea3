"""Pure domain core of Casusregie: standard library only."""
