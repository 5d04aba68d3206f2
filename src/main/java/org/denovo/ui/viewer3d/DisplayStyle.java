package org.denovo.ui.viewer3d;

/** How Jmol draws the molecule. */
public enum DisplayStyle {
    STICKS("Sticks", "spacefill off; wireframe 0.15"),
    BALL_AND_STICK("Ball and stick", "wireframe 0.15; spacefill 23%"),
    SPACEFILL("Spacefill", "wireframe off; spacefill 100%");

    private final String label;
    private final String script;

    DisplayStyle(String label, String script) {
        this.label = label;
        this.script = script;
    }

    public String script() {
        return script;
    }

    @Override
    public String toString() {
        return label;
    }
}
