package org.denovo.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The points no other point beats on both axes (both maximised). */
public final class ParetoFront {
    private ParetoFront() {
    }

    /**
     * The non-dominated points, by x ascending: a point is dominated when another is at least as good on both axes and
     * better on one. Of equal points, one is kept (the first by SMILES). Points with a NaN coordinate are ignored.
     */
    public static List<Point> of(List<Point> points) {
        List<Point> sorted = new ArrayList<>();
        for (Point p : points) {
            if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                sorted.add(p);
            }
        }
        // best x first; at equal x best y first, so that a later point with the same x is dominated
        sorted.sort(Comparator.comparingDouble(Point::x).reversed().thenComparing(Comparator.comparingDouble(Point::y).reversed())
                .thenComparing(Point::smiles, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Point> front = new ArrayList<>();
        double bestY = Double.NEGATIVE_INFINITY;
        for (Point p : sorted) {
            if (p.y() > bestY) {
                front.add(p);
                bestY = p.y();
            }
        }
        java.util.Collections.reverse(front);
        return front;
    }
}
