"""Repository-wide pytest setup: stable hashing for every kernel nbval starts (they inherit this environment)."""
import os

os.environ["PYTHONHASHSEED"] = "0"
