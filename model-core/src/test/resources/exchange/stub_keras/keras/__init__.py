"""A stand-in for Keras that records the layers a build function creates (for PythonExportTest; no TensorFlow needed)."""
from . import layers  # noqa: F401
from . import optimizers  # noqa: F401

CALLS = layers.CALLS


class _Tensor:
    def __init__(self, source):
        self.source = source


def Input(shape=None, name=None):
    CALLS.append({"layer": "Input", "shape": list(shape), "name": name})
    return _Tensor("Input")


class Model:
    def __init__(self, inputs, outputs, name=None):
        CALLS.append({"layer": "Model", "name": name})

    def compile(self, optimizer=None, loss=None, metrics=None):
        CALLS.append({"layer": "compile", "optimizer": optimizer, "loss": loss, "metrics": metrics})


class utils:  # noqa: N801
    @staticmethod
    def set_random_seed(seed):
        pass
