"""Records every layer constructed and applied."""
CALLS = []


class _Layer:
    def __init__(self, *args, **kwargs):
        self.record = {"layer": type(self).__name__, **kwargs}
        if args:
            self.record["args"] = list(args)

    def __call__(self, inputs):
        CALLS.append(self.record)
        return self


def _make(name):
    return type(name, (_Layer,), {})


for _n in ["Dense", "Dropout", "BatchNormalization", "Activation", "Conv1D", "Conv2D", "MaxPooling1D", "AveragePooling1D",
           "MaxPooling2D", "AveragePooling2D", "GlobalMaxPooling1D", "GlobalAveragePooling1D", "GlobalMaxPooling2D",
           "GlobalAveragePooling2D", "LSTM", "Embedding", "Flatten", "Concatenate", "Add"]:
    globals()[_n] = _make(_n)
