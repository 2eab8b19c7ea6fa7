"""Optimizers as plain records of their name and settings."""


def _make(name):
    def make(**kwargs):
        return {"optimizer": name, **kwargs}
    return make


for _n in ["Adam", "SGD", "RMSprop", "Adagrad", "Adadelta", "Adamax", "Nadam"]:
    globals()[_n] = _make(_n.lower())
