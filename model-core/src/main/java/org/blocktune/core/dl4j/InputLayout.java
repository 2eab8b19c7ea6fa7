package org.blocktune.core.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.ResolvedNetwork;
import org.blocktune.core.spec.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The data inputs of a network in the network's own input order, with the example shape each
 * one is built for. Reorders and reshapes converted feature arrays into DL4J's layouts: flat
 * {@code [n, p]}, sequences NCW {@code [n, features, steps]}, images NCHW {@code [n, channels, h, w]}.
 *
 * @param dataInputs data input names (keys of the roles' inputs), in network input order
 * @param shapes     the example shape of each, BlockTune convention (channels last)
 */
public record InputLayout(List<String> dataInputs, List<Shape> shapes) {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }


    public InputLayout {
        dataInputs = List.copyOf(dataInputs);
        shapes = List.copyOf(shapes);
        if (dataInputs.size() != shapes.size()) {
            throw new IllegalArgumentException(dataInputs.size() + " inputs but " + shapes.size() + " shapes");
        }
    }

    /** The layout of a resolved network built against {@code data}. */
    public static InputLayout of(ResolvedNetwork network, DataShape data) {
        List<String> names = new ArrayList<>(network.inputs().values());
        return new InputLayout(names, names.stream().map(n -> data.inputs().get(n)).toList());
    }

    /** Features of every data input (keyed by data input name) arranged for the network. */
    INDArray[] arrange(Map<String, INDArray> byInput) {
        INDArray[] out = new INDArray[dataInputs.size()];
        for (int i = 0; i < out.length; i++) {
            INDArray f = byInput.get(dataInputs.get(i));
            if (f == null) {
                throw new IllegalArgumentException("the data has no input named '" + dataInputs.get(i)
                        + "'; it has " + byInput.keySet());
            }
            out[i] = toNetworkLayout(f, shapes.get(i));
        }
        return out;
    }

    /** One feature array {@code [n, dims…]} in the DL4J layout of {@code shape}. */
    static INDArray toNetworkLayout(INDArray f, Shape shape) {
        long n = f.size(0);
        if (shape.isFlat()) {
            return f.rank() == 2 ? f : f.reshape('c', n, shape.size());
        }
        if (shape.isSequence()) {
            INDArray seq = f.reshape('c', n, shape.dim(0), shape.dim(1));
            return seq.permute(0, 2, 1).dup('c');
        }
        INDArray img = f.reshape('c', n, shape.dim(0), shape.dim(1), shape.dim(2));
        return shape.dim(2) == 1 ? img.reshape('c', n, 1, shape.dim(0), shape.dim(1)) : img.permute(0, 3, 1, 2).dup('c');
    }
}
