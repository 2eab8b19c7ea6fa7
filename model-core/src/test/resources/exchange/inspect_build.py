"""Imports an exported script with the stub Keras and prints, as JSON, what build_model creates without and with hp."""
import importlib.util
import json
import sys

import keras

spec = importlib.util.spec_from_file_location("exported", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)


class RecordingHp:
    """Keras Tuner's hp as far as build_model uses it: records each range, returns its lower end or first value."""

    def __init__(self):
        self.ranges = {}

    def Int(self, name, min_value, max_value, sampling="linear"):  # noqa: N802
        self.ranges[name] = ["int", min_value, max_value, sampling]
        return min_value

    def Float(self, name, min_value, max_value, sampling="linear"):  # noqa: N802
        self.ranges[name] = ["float", min_value, max_value, sampling]
        return min_value

    def Choice(self, name, values):  # noqa: N802
        self.ranges[name] = ["choice", values]
        return values[0]


module.build_model()
fixed = list(keras.CALLS)
keras.CALLS.clear()
hp = RecordingHp()
module.build_model(hp)
print(json.dumps({"fixed": fixed, "tuned": list(keras.CALLS), "ranges": hp.ranges}))
