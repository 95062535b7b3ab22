package dossier.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** JSON inside a script element can neither end the element nor break an old JavaScript parser. */
class ScriptJsonTest {
    @Test
    void eachDangerousCharacterIsEscapedWhereverItStands() {
        assertEquals("{\"t\":\"\\u003c/script\\u003e\\u003c!--\\u0026amp;\\u2028\\u2029\"}",
                ScriptJson.embeddable("{\"t\":\"</script><!--&amp;\u2028\u2029\"}"));
    }

    @Test
    void everythingElseStaysAsItIs() {
        assertEquals("", ScriptJson.embeddable(""));
        assertEquals("{\"a\":[1,2.5,\"é 東 \\\" /\"]}", ScriptJson.embeddable("{\"a\":[1,2.5,\"é 東 \\\" /\"]}"));
    }
}
