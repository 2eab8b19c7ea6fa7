package org.blocktune.app.space;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.blocktune.app.workbench.ModelSetup;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.spec.SpecArgument;

/**
 * Every generated argument of the current spec in kerasnip order (num_*, block arguments,
 * learn_rate, fit_*, compile_*), grouped under headings, one {@link ArgumentRow} each. Rebuilt
 * only when the list of arguments changes; otherwise rows update in place so typing is never lost.
 */
final class ArgumentForm {
    private final Workbench wb;
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final Map<String, ArgumentRow> rows = new LinkedHashMap<>();
    private List<String> names = List.of();

    ArgumentForm(Workbench wb) {
        this.wb = wb;
        grid.setId("argumentForm");
        grid.setHgap(10);
        grid.setVgap(3);
        grid.setPadding(new Insets(8));
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints c2 = new ColumnConstraints();
        c2.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(c0, c1, c2);
        scroll.setFitToWidth(true);
        wb.setupProperty().addListener((o, a, s) -> update(s));
        wb.domainsProperty().addListener((o, a, d) -> rows.values().forEach(ArgumentRow::refreshDomain));
        wb.dataCheckProperty().addListener((o, a, d) -> rows.values().forEach(ArgumentRow::refreshDomain));
        update(wb.setup());
    }

    Node node() {
        return scroll;
    }

    private void update(ModelSetup s) {
        List<SpecArgument> args = s.arguments();
        List<String> now = args.stream().map(SpecArgument::name).distinct().toList();
        if (!now.equals(names)) {
            rebuild(args);
            names = now;
        }
        rows.values().forEach(r -> r.refresh(s));
    }

    private void rebuild(List<SpecArgument> args) {
        grid.getChildren().clear();
        rows.clear();
        int row = 0;
        SpecArgument.Group group = null;
        for (SpecArgument a : args) {
            if (rows.containsKey(a.name())) {
                continue;
            }
            if (a.group() != group) {
                group = a.group();
                Label h = new Label(heading(group));
                h.getStyleClass().add("inspector-heading");
                GridPane.setMargin(h, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
                grid.add(h, 0, row++, 3, 1);
            }
            ArgumentRow r = new ArgumentRow(a, wb);
            rows.put(a.name(), r);
            row = r.addTo(grid, row);
        }
    }

    private static String heading(SpecArgument.Group g) {
        return switch (g) {
            case NUM -> "Structure: how often each block repeats (num_*)";
            case BLOCK -> "Block arguments (<block>_<argument>)";
            case LEARN_RATE -> "Learning rate";
            case FIT -> "Training (fit_*)";
            case COMPILE -> "Compilation (compile_*)";
        };
    }
}
