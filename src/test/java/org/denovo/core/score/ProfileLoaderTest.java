package org.denovo.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileLoaderTest {
    private final ProfileLoader loader = new ProfileLoader();

    @ParameterizedTest
    @ValueSource(strings = {"drug-like", "lead-like", "cns-mpo", "qed"})
    void builtInProfilesLoad(String name) throws ProfileException {
        Profile p = loader.load(name);
        assertEquals(name, p.name());
        assertFalse(p.components().isEmpty());
        assertFalse(p.description().isBlank());
    }

    @Test
    void drugLikeFiltersPains() throws ProfileException {
        Profile p = loader.load("drug-like");
        assertEquals(1, p.filters().size());
        assertEquals("PAINS", p.filters().get(0).name());
        assertEquals(Aggregation.GEOMETRIC, p.aggregation());
    }

    @Test
    void unknownComponentNamesFileLineAndKnownTypes() {
        String json = "{\n  \"name\": \"x\",\n  \"components\": [\n    {\"type\": \"property\", \"property\": \"qed\"},\n"
                + "    {\"type\": \"qedd\"}\n  ]\n}\n";
        ProfileException e = assertThrows(ProfileException.class, () -> loader.parse(json, "my.json"));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().startsWith("my.json:5:"), e.getMessage());
        for (String known : new String[] {"alerts", "formula", "property", "similarity", "substructure"}) {
            assertTrue(e.getMessage().contains(known), e.getMessage());
        }
    }

    @Test
    void unknownPropertyListsTheKnownOnes() {
        String json = "{\"components\": [{\"type\": \"property\", \"property\": \"logp\"}]}";
        ProfileException e = assertThrows(ProfileException.class, () -> loader.parse(json, "p.json"));
        assertTrue(e.getMessage().contains("crippen_logp"), e.getMessage());
    }

    @Test
    void badTransformAndWeightAreExplained() {
        String t = "{\"components\": [{\"type\": \"property\", \"property\": \"qed\", \"transform\": {\"type\": \"sigmoid\", \"low\": 5, \"high\": 1}}]}";
        assertTrue(assertThrows(ProfileException.class, () -> loader.parse(t, "p.json")).getMessage().contains("greater"));
        String w = "{\"components\": [{\"type\": \"property\", \"property\": \"qed\", \"weight\": -1}]}";
        assertTrue(assertThrows(ProfileException.class, () -> loader.parse(w, "p.json")).getMessage().contains("weight"));
        String typo = "{\"components\": [{\"type\": \"property\", \"propety\": \"qed\"}]}";
        assertTrue(assertThrows(ProfileException.class, () -> loader.parse(typo, "p.json")).getMessage().contains("propety"));
        String unknownTransform = "{\"components\": [{\"type\": \"property\", \"property\": \"qed\", \"transform\": {\"type\": \"cubic\"}}]}";
        assertTrue(assertThrows(ProfileException.class, () -> loader.parse(unknownTransform, "p.json")).getMessage()
                .contains("double_sigmoid"));
    }

    @Test
    void stepWithLowAboveHighIsRefusedLikeTheSigmoids() {
        String step = "{\"components\": [{\"type\": \"property\", \"property\": \"qed\", \"transform\": {\"type\": \"step\", \"low\": 0.8, \"high\": 0.2}}]}";
        ProfileException e = assertThrows(ProfileException.class, () -> loader.parse(step, "p.json"));
        assertTrue(e.getMessage().contains("step") && e.getMessage().contains("greater"), e.getMessage());
    }

    @Test
    void syntaxErrorsCarryTheLine() {
        String broken = "{\n \"name\": \"x\",\n \"components\": [\n  {\"type\": \"property\" \"property\": \"qed\"}\n ]\n}";
        ProfileException e = assertThrows(ProfileException.class, () -> loader.parse(broken, "b.json"));
        assertEquals(4, e.line());
    }

    @Test
    void unknownProfileNameListsBuiltIns() {
        ProfileException e = assertThrows(ProfileException.class, () -> loader.load("no-such-profile"));
        assertTrue(e.getMessage().contains("drug-like") && e.getMessage().contains("cns-mpo"), e.getMessage());
    }

    @Test
    void commentsAndAllComponentTypesParse() throws ProfileException {
        String json = "// my profile\n{\"name\": \"all\", \"components\": [\n"
                + " {\"type\": \"similarity\", \"smiles\": [\"c1ccccc1O\"], \"mode\": \"mean\"},\n"
                + " {\"type\": \"substructure\", \"smarts\": \"[OX2H]\", \"mode\": \"absent\"},\n"
                + " {\"type\": \"formula\", \"limits\": {\"Cl\": [0, 2]}},\n"
                + " {\"type\": \"alerts\", \"set\": \"PAINS\", \"transform\": {\"type\": \"step\", \"low\": 0, \"high\": 0}},\n"
                + "], \"filters\": [{\"type\": \"property\", \"property\": \"mol_weight\", \"max\": 600}]}";
        Profile p = loader.parse(json, "all.json");
        assertEquals(4, p.components().size());
        assertEquals(1, p.filters().size());
    }
}
