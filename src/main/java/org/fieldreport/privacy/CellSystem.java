package org.fieldreport.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a set of linked tables by position, with each line as positions (members first, the total last):
 * the working form that suppression and the disclosure checks share. Position order is the tables' order, which
 * breaks ties deterministically.
 */
final class CellSystem {

    final List<CellKey> keys;
    final long[] values;
    final int[][] lines;
    final boolean[] additive;
    final Line.Bound[] bounds;
    final int[][] linesOfCell;
    private final Map<CellKey, Integer> index = new HashMap<>();

    CellSystem(Map<CellKey, Long> figures, List<Line> lineList) {
        keys = List.copyOf(figures.keySet());
        values = new long[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
            values[i] = figures.get(keys.get(i));
        }
        lines = new int[lineList.size()][];
        additive = new boolean[lineList.size()];
        bounds = new Line.Bound[lineList.size()];
        List<List<Integer>> byCell = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            byCell.add(new ArrayList<>());
        }
        for (int l = 0; l < lineList.size(); l++) {
            Line line = lineList.get(l);
            int[] cells = new int[line.members().size() + 1];
            for (int m = 0; m < line.members().size(); m++) {
                cells[m] = indexOf(line.members().get(m));
            }
            cells[cells.length - 1] = indexOf(line.total());
            lines[l] = cells;
            additive[l] = line.additive();
            bounds[l] = line.bound();
            for (int cell : cells) {
                byCell.get(cell).add(l);
            }
        }
        linesOfCell = new int[keys.size()][];
        for (int i = 0; i < keys.size(); i++) {
            linesOfCell[i] = byCell.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    int indexOf(CellKey key) {
        Integer i = index.get(key);
        if (i == null) {
            throw new IllegalArgumentException("no figure for " + key);
        }
        return i;
    }

    int size() {
        return values.length;
    }
}
