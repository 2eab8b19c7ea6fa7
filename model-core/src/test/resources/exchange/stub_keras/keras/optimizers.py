def get(identifier):
    return {"optimizer": identifier["class_name"], "learning_rate": identifier["config"]["learning_rate"]}


def SGD(**kwargs):  # noqa: N802
    return {"optimizer": "sgd", **kwargs}


def Adam(**kwargs):  # noqa: N802
    return {"optimizer": "adam", **kwargs}
