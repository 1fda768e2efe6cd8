"""Ways to run the coding pass beyond one process: Ray for clusters."""
