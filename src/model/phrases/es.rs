//! The Spanish coach: asking leave ("¿Puedo…?", "¿Podemos…?", "¿Debo…?",
//! "¿Te parece bien si…?", "¿Me autorizas a…?", "Me preguntaba si
//! podría…"), asking to be told ("¿Qué hago con…?", "¿Cómo debo…?"),
//! asking for approval ("Por favor, aprueba…") and tags (", ¿vale?"); the
//! rewrite uses Marquet's phrase as the glossary gives it: "Tengo la
//! intención de …".
//!
//! Spanish drops the subject, so "¿Puedo…?" asks only as a question (with
//! "¿" or "?"): "Puedo entregarlo mañana." states. Requests for someone
//! else's action ("¿Puedes enviarme…?", "¿Podría enviarme…?") have another
//! person's verb and are not matched.

use super::intl::{
    finish, fold_accents, is_in, is_word, opens_any, rest_after, skip, Coach, Hit, Pattern, Sent,
};
use super::{Rung, GAP};

pub(super) const COACH: Coach = Coach {
    fold,
    detect,
    tag,
    rung,
    joins: "y o pero",
};

const FILLERS: &str =
    "oye oiga hola tambien ademas jefe jefa bueno pues una pregunta rapida y entonces ok vale perdona disculpa por favor porfa profe profesor profesora doctor doctora licenciado licenciada che mira mire eh usted ustedes vos o u ahora ya";

/// Accents folded, and the chat spellings of a few words made plain
/// ("q hago" is "que hago", "tb" is "también").
fn fold(s: &str) -> String {
    let f = fold_accents(s);
    match f.as_str() {
        "q" | "k" | "ke" => "que".to_string(),
        "t" => "te".to_string(),
        "xq" | "pq" | "porq" => "porque".to_string(),
        "tb" | "tmb" => "tambien".to_string(),
        "xfa" | "plis" => "porfa".to_string(),
        _ => f,
    }
}

/// Clitics that stand before a finite verb ("si lo muevo") and go after the
/// infinitive ("moverlo").
const CLITICS: &str = "me te lo la los las le les nos os se";

/// Infinitives after which the sentence is a courtesy or asks for
/// information: "¿Puedo ayudarte?", "¿Puedo preguntarte algo?".
const NOT_ACTIONS: &str = "ayudar agradecer preguntar saber ver decir comentar felicitar destacar recordar aclarar informar ser ofrecer";

const REPORTING: &str = "pregunto preguntaba preguntan dijo decia escribio queria respondio";

const SOFTENERS: &str = "por favor porfa gracias";

/// The nouns of a go-ahead: "permiso", "luz verde", "el sí", "el ok".
macro_rules! approval {
    () => {
        "permiso|autorizacion|la autorizacion|aprobacion|la aprobacion|conformidad|consentimiento|luz verde|chance|el visto bueno|tu visto bueno|su visto bueno|visto bueno|el ok|tu ok|su ok|el okay|el si|tu si|su si|tu permiso|su permiso|su autorizacion|tu autorizacion|tu aprobacion|su aprobacion|tu conformidad|su conformidad|tu bendicion|su bendicion|la bendicion"
    };
}

static ASK: [Pattern; 6] = [
    Pattern::new("(puedo|podemos|podriamos|debo|debemos|deberia|deberiamos) (yo|nosotros)?"),
    Pattern::new("podria yo"),
    Pattern::new("(me|nos) (dejas|deja|dejais|dejan|permites|permite|permitis|permiten|autorizas|autoriza|autorizais|autorizan|dejarias|dejaria|dejarian|permitirias|permitiria|permitirian|autorizarias|autorizaria|autorizarian) (usted|ustedes)? (a)?"),
    Pattern::new(concat!("(me|nos)? (das|da|dais|dan|darias|daria|darian|regalas|regala|concedes|concede|concedeis|conceden|concederias|concederia|concederian) (usted|ustedes)? (", approval!(), ") (para|de)?")),
    Pattern::new("se (me|nos) (permite|permitiria|deja|dejaria|autoriza|autorizaria)"),
    Pattern::new(concat!("(tengo|tenemos|cuento con|contamos con|puedo contar con|podemos contar con) (vuestra|vuestro|el)? (", approval!(), ") (para)?")),
];
/// "¿Podría tomarme el día libre?": "podría" alone is also a polite
/// request to "usted" ("¿Podría enviarme…?"), so only verbs whose "me" is
/// the speaker's own ask for leave.
const OWN_LEAVE: &str = "tomarme cogerme irme marcharme ausentarme quedarme llevarme retirarme tomarnos cogernos irnos marcharnos ausentarnos quedarnos llevarnos retirarnos";
/// Verbs whose "me" after "que" is the writer's own ("que me tome el
/// viernes", "que me encargue yo"), not the reader's act for the writer
/// ("que me envíe la factura").
const OWN_ME: &str = "tomar coger ir marchar ausentar quedar retirar llevar sentar incorporar reincorporar apuntar inscribir encargar saltar pasar ocupar conectar unir quitar escapar acercar";
/// The same verbs with the clitic before "podría": "¿Me podría retirar…?".
const OWN_LEAVE_BASES: &str = "tomar coger ir marchar ausentar quedar retirar";
/// "¿Procedo con el pago?": a bare first-person verb asked.
static PROCEED: Pattern =
    Pattern::new("(procedo|procedemos|sigo adelante|seguimos adelante|continuo|continuamos) (con)");
/// Asks for leave whatever the punctuation: "Necesito tu aprobación para…",
/// "Te escribo para pedirte permiso para…", "Avísame si puedo…".
static NEED_LEAVE: [Pattern; 5] = [
    Pattern::new("(necesito|necesitamos|necesitaria|necesitariamos|quisiera|quisieramos|quiero|queria|querria|pido|pedimos|solicito|solicitamos|me gustaria|nos gustaria|agradeceria|agradeceriamos) (tu|su|vuestra|vuestro) (aprobacion|visto bueno|autorizacion|permiso|ok|luz verde|conformidad|consentimiento) (para)?"),
    Pattern::new("(necesito|necesitamos|quisiera|quisieramos|pido|pedimos|solicito|solicitamos|rogamos|ruego) (la|el)? (aprobacion|visto bueno|autorizacion|permiso|luz verde|conformidad|consentimiento) (para)"),
    Pattern::new("(te|le|os|les)? (escribo|escribimos|quiero|quisiera|queria) (para)? (pedirte|pedirle|pediros|pedirles|solicitarte|solicitarle|solicitar|pedir) (tu|su)? (permiso|autorizacion|aprobacion|visto bueno) (para)?"),
    Pattern::new("(avisame|aviseme|avisadme|avisenme|dime|digame|decidme|diganme|confirmame|confirmeme) (,)? si (puedo|podemos|procedo|procedemos)"),
    Pattern::new("(me confirmas|me confirma|me confirmais|me confirman|nos confirmas|nos confirma) (que|si) (puedo|podemos)"),
];
/// "Dime si lo apruebas", "Ustedes me dicen si procedo": a decision handed
/// up with no plan to rewrite.
static LET_ME_KNOW: [Pattern; 2] = [
    Pattern::new("(dime|digame|decidme|diganme|avisame|aviseme) si (lo|la|los|las)? (apruebas|aprueba|aprobais|aprueban|autorizas|autoriza)"),
    Pattern::new("(tu|usted|ustedes|vosotros)? (me dices|me dice|me decis|me dicen|nos dices|nos dice|nos dicen) si (procedo|procedemos|sigo|seguimos|avanzo|avanzamos)"),
];
static WONDER: Pattern = Pattern::new(
    "(me preguntaba|queria saber|quiero saber|queremos saber|necesito saber|queria ver|quisiera ver|sabes|sabe|sabeis|saben|quisiera saber|quisieramos saber|queriamos saber|me gustaria saber|nos gustaria saber|queria preguntarte|queria preguntarle|queria preguntar) si (podria|puedo|podia|podriamos|podemos|podiamos|deberia|debo)",
);
static ASK_IF: [Pattern; 9] = [
    Pattern::new("(te|le|os|les) (viene|vendria|va|iria) bien si (yo|nosotros)?"),
    Pattern::new("(vale|ok|okay|es un problema|seria un problema|es mucho problema) si (yo|nosotros)?"),
    Pattern::new("(que|q) (te|le|os|les) (parece|pareceria) si (yo|nosotros)?"),
    Pattern::new("(me|nos) (disculpa|disculpas|disculpan|disculpais|perdona|perdonas|perdonan|perdonais) si (yo|nosotros)?"),
    Pattern::new("(te|le|os|les) (parece|pareceria) (bien)? si (yo|nosotros)?"),
    Pattern::new("(esta|estaria|es|seria) (bien|ok|okay|correcto|posible|adecuado|aceptable|conveniente|buena idea) si (yo|nosotros)?"),
    Pattern::new("(te|le|os|les) (importa|importaria|molesta|molestaria) si (yo|nosotros)?"),
    Pattern::new("(hay|habria|habra)? (algun)? (problema|inconveniente) si (yo|nosotros)?"),
    Pattern::new("(que|q) tal si (yo|nosotros)?"),
];
/// "¿Os parece bien que instale…?", "¿Autorizas que le devuelva…?": the
/// verb after "que" is a subjunctive.
static ASK_THAT: [Pattern; 12] = [
    Pattern::new("(ok|okay|conforme|conformes|de acuerdo) con (que|q)"),
    Pattern::new("(avisame|aviseme|avisadme|dime|digame|decidme)? (si)? (te|le|os|les) (parece|pareceria|viene|vendria|va|iria) (bien|adecuado|oportuno|razonable|correcto|conveniente|aceptable|buena idea) (que|q)"),
    Pattern::new("(esta|estaria) (bien|ok|okay) (que|q)"),
    Pattern::new("(no)? (te|le|os|les) (importa|importaria|molesta|molestaria) (que|q)"),
    Pattern::new("(me|nos)? (autorizas|autoriza|autorizais|autorizan|permites|permite|permitis|permiten|dejas|deja|dejais|dejan) (que|q)"),
    Pattern::new("(es|seria|sera) (posible|factible|viable|correcto|adecuado|aceptable|conveniente|oportuno|buena idea) (que|q)"),
    Pattern::new("(es|seria|habria) (algun|un)? (problema|inconveniente) (que|q)"),
    Pattern::new("(tienes|tiene|teneis|tienen|tendrias|tendria|tendriais|tendrian) (usted|ustedes)? (algun)? inconveniente en (que|q)"),
    Pattern::new("(estas|esta|estais|estan|estarias|estaria|estariais|estarian) (usted|ustedes)? (conforme|de acuerdo) (con|en) (que|q)"),
    Pattern::new("(apruebas|aprueba|aprobais|aprueban|aprobarias|aprobaria) (usted|ustedes)? (que|q)"),
    Pattern::new("(quieres|queres|quiere|quereis|quieren|prefieres|prefiere|preferis|prefieren) (usted|ustedes|vos)? (que|q)"),
    Pattern::new("(hay|habria|existe|existiria|tengo|tendria) (alguna)? (posibilidad|opcion|forma|manera) (de) (que|q)"),
];
/// "¿Qué quieres que haga con…?", "¿Cómo prefiere usted que organice…?":
/// the reader asked to choose the writer's action.
static WHAT_WANTED: Pattern = Pattern::new(
    "(tu|usted|ustedes|vos)? (que|q|como|cuando|cual) (quieres|queres|quiere|quereis|quieren|prefieres|prefiere|preferis|prefieren|me aconsejas|me aconseja|me recomiendas|me recomienda|me sugieres|me sugiere|aconsejas|aconseja|recomiendas|recomienda|sugieres|sugiere|propones|propone) (tu|usted|ustedes|vos)? (que|q)",
);
static WISH: [Pattern; 2] = [
    Pattern::new("(me|nos) gustaria"),
    Pattern::new("(quisiera|quiero|queremos|quisieramos|deseo|deseamos|desearia)"),
];
static TELL_WHAT: Pattern = Pattern::new(
    "que (hago|hacemos|debo hacer|debemos hacer|deberia hacer|deberiamos hacer|tengo que hacer|tenemos que hacer) (yo|nosotros)?",
);
static TELL_HOW: Pattern =
    Pattern::new("como (debo|deberia|debemos|deberiamos|tengo que|tenemos que)");
static TELL_ME: Pattern = Pattern::new(
    "(dime|digame|dinos|diganos|decidme) (por favor)? (que|como) (hago|hacemos|debo|debemos|hacer|tengo|tenemos)",
);
static WAIT: Pattern = Pattern::new(
    "(espero|esperamos|a la espera de|pendiente de|pendientes de|quedo a la espera de|quedamos a la espera de|quedo atento a|quedo atenta a|quedamos atentos a|quedo pendiente de|quedamos pendientes de) (tu|su|vuestra|vuestro|tus|sus) (visto bueno|aprobacion|instrucciones|decision|ok|autorizacion|indicaciones|directrices|orientacion)",
);
/// "Necesito instrucciones para…": asks to be told.
static NEED_TOLD: Pattern = Pattern::new(
    "(necesito|necesitamos|necesitaria|necesitariamos) (tus|sus|vuestras|unas|las)? (instrucciones|indicaciones|directrices|orientacion|orientaciones)",
);
static APPROVE: [Pattern; 3] = [
    Pattern::new("(me|nos)? (aprueba|apruebe|aprobad|autoriza|autorice|autorizad|valida|valide|apruebas|aprobas|aprobais|aprueban|autorizas|autorizais|autorizan|apruebame|apruebeme|autorizame|autoriceme|validame|valideme|apruebanos|autorizanos)"),
    Pattern::new("(puedes|puede|podrias|podria|podeis|podrian) (por favor)? (aprobar|autorizar|validar|firmar)"),
    // "¿Me firmas las vacaciones?": a signature on my leave.
    Pattern::new("(me|nos) (firmas|firma|firmais|firman|firmarias|firmaria) (usted|ustedes)?"),
];
/// What a signature or a go-ahead is given to: the writer's own thing
/// ("mi propuesta", "nuestro plan") or leave ("las vacaciones").
const MINE: &str = "mi mis nuestro nuestra nuestros nuestras";
const LEAVE_NOUNS: &str = "vacaciones permiso permisos solicitud baja dias dia horas salida ausencia libranza cambio turno";
/// "¿Te parece bien mi propuesta…?", "¿Vale mi plan de…?", "dale el
/// visto bueno a mi propuesta": the reader's go-ahead for a thing of mine.
static MY_THING: Pattern = Pattern::new(
    "(te|le|os|les)? (parece|parecen|pareceria|convence|convencen|cuadra|cuadran|vale|valen|esta|estan|estaria) (bien|correcto|correcta|ok)?",
);
static GIVE_OK: Pattern = Pattern::new(concat!(
    "(dame|deme|danos|denos|dadme|denme|dale|dele|denle|dadle) (usted|ustedes)? (por favor)? (",
    approval!(),
    ") (a|al|para|de)?"
));
static TAG: [Pattern; 11] = [
    Pattern::new("(si)? (te|le|os|les) (parece|pareceria) (bien)?"),
    Pattern::new("(vale|ok|okay|bien|de acuerdo|dale|si|sale|conforme|conformes) (o no)?"),
    Pattern::new("(si o no|si no te importa|si no le importa|estas de acuerdo|esta de acuerdo|esta usted de acuerdo|estan de acuerdo|estais de acuerdo|esta bien|estaria bien)"),
    Pattern::new("(te|le|os|les) (va|viene|vendria|iria|cuadra|sirve|encaja) (bien)?"),
    Pattern::new("(me|nos) (lo)? (confirmas|confirma|confirmais|confirman|apruebas|aprueba)"),
    Pattern::new("(que|q) (te|le|os|les) parece"),
    Pattern::new("(no)? (hay|habria) (algun|ningun)? (problema|inconveniente)"),
    Pattern::new("(algun)? (problema|inconveniente|objecion)"),
    Pattern::new("(no)? (te|le|os|les) (importa|molesta)"),
    Pattern::new("(o)? (tu|usted|vos)? (que|q) (dices|dice|decis|opinas|opina)"),
    Pattern::new("(se puede|se podria|te late|le late|va)"),
];

fn lead(we: bool) -> &'static str {
    if we {
        "Tenemos la intención de"
    } else {
        "Tengo la intención de"
    }
}

/// The infinitive in `word`, without the clitics it may carry:
/// "enviarlo" → "enviar", "llamarte" → "llamar".
fn inf_base(word: &str) -> Option<&str> {
    let is_inf = |b: &str| {
        b == "ir"
            || b == "dar"
            || b.len() > 3 && (b.ends_with("ar") || b.ends_with("er") || b.ends_with("ir"))
    };
    if is_inf(word) {
        return Some(word);
    }
    for c in CLITICS.split_whitespace() {
        if let Some(b) = word.strip_suffix(c) {
            if is_inf(b) {
                return Some(b);
            }
            for c2 in CLITICS.split_whitespace() {
                if let Some(b2) = b.strip_suffix(c2).filter(|b2| is_inf(b2)) {
                    return Some(b2);
                }
            }
        }
    }
    None
}

/// The action from `from` to `stop`: an infinitive that is not a courtesy,
/// and what follows it.
fn action<'a>(s: &Sent<'a>, from: usize, stop: usize) -> Option<&'a str> {
    let first = skip(s, from, "yo nosotros");
    // "permiso para no hacer la guardia": the verb after "no".
    let v = skip(s, first, "no");
    if v >= stop || inf_base(s.w(v)).is_none_or(|b| is_in(b, NOT_ACTIONS)) {
        return None;
    }
    // "presentarle a la nueva jefa" introduces; "presentar el escrito" acts.
    let introduces =
        inf_base(s.w(v)) == Some("presentar") && (s.w(v) != "presentar" || s.w(v + 1) == "a");
    // "¿Puedo hacer algo más por usted?" offers.
    let offer = s.w(v) == "hacer" && s.w(v + 1) == "algo";
    // "aprovechar para felicitar al equipo" is a courtesy.
    let occasion = inf_base(s.w(v)) == Some("aprovechar")
        && (v + 1..stop).any(|k| {
            s.w(k) == "para" && inf_base(s.w(k + 1)).is_some_and(|b| is_in(b, NOT_ACTIONS))
        });
    if occasion {
        return None;
    }
    if introduces || offer {
        return None;
    }
    // "pedirte un favor" asks the reader for something; "pedir el material" plans.
    let favour = s.w(v).starts_with("pedir")
        && (s.w(v) != "pedir"
            || is_in(s.w(v + 1), "ayuda algo consejo")
            || is_in(s.w(v + 2), "favor consejo"));
    // "darte las gracias", "darle un consejo" are courtesies; "darle el
    // analgésico" is an action.
    let courtesy_gift = s.w(v).starts_with("dar")
        && (v + 1..stop.min(v + 4)).any(|k| {
            is_in(
                s.w(k),
                "consejo consejos enhorabuena pesame bienvenida idea opinion sugerencia",
            )
        });
    if favour || courtesy_gift || (v..stop).any(|k| s.w(k) == "pregunta" || s.w(k) == "gracias") {
        return None;
    }
    let mut end = stop;
    while end > v && is_in(s.w(end - 1), SOFTENERS) {
        end -= 1;
    }
    Some(s.span(first, end))
}

/// First-person present forms and their infinitives.
const IRREGULAR: &[(&str, &str)] = &[
    ("muevo", "mover"),
    ("salgo", "salir"),
    ("hago", "hacer"),
    ("pongo", "poner"),
    ("vengo", "venir"),
    ("voy", "ir"),
    ("digo", "decir"),
    ("traigo", "traer"),
    ("escribo", "escribir"),
    ("respondo", "responder"),
    ("pido", "pedir"),
    ("sigo", "seguir"),
    ("vuelvo", "volver"),
    ("pruebo", "probar"),
    ("cierro", "cerrar"),
    ("empiezo", "empezar"),
    ("devuelvo", "devolver"),
    ("resuelvo", "resolver"),
    ("subo", "subir"),
    ("abro", "abrir"),
    ("decido", "decidir"),
    ("comparto", "compartir"),
    ("leo", "leer"),
    ("veo", "ver"),
    ("pospongo", "posponer"),
    ("propongo", "proponer"),
    ("vendo", "vender"),
    ("imprimo", "imprimir"),
    ("recibo", "recibir"),
    ("asisto", "asistir"),
    ("anado", "añadir"),
    ("incluyo", "incluir"),
    ("reparto", "repartir"),
    ("meto", "meter"),
    ("cojo", "coger"),
    ("tengo", "tener"),
    ("reviso", "revisar"),
    ("invito", "invitar"),
    ("aplazo", "aplazar"),
    ("cuento", "contar"),
    ("juego", "jugar"),
    ("enciendo", "encender"),
    ("entiendo", "entender"),
    ("pierdo", "perder"),
    ("elijo", "elegir"),
    ("corrijo", "corregir"),
    ("convoco", "convocar"),
    ("procedo", "proceder"),
    ("doy", "dar"),
    ("repongo", "reponer"),
    ("cuelgo", "colgar"),
    ("despliego", "desplegar"),
    ("riego", "regar"),
    ("friego", "fregar"),
    ("recojo", "recoger"),
    ("escojo", "escoger"),
    ("permito", "permitir"),
    ("admito", "admitir"),
    ("remito", "remitir"),
    ("repito", "repetir"),
    ("sirvo", "servir"),
    ("mido", "medir"),
    ("impido", "impedir"),
    ("despido", "despedir"),
    ("consigo", "conseguir"),
    ("sugiero", "sugerir"),
    ("exijo", "exigir"),
    ("dirijo", "dirigir"),
    ("protejo", "proteger"),
    ("rompo", "romper"),
    ("corro", "correr"),
    ("bebo", "beber"),
    ("aprendo", "aprender"),
    ("suspendo", "suspender"),
    ("atiendo", "atender"),
    ("extiendo", "extender"),
    ("cumplo", "cumplir"),
    ("cubro", "cubrir"),
    ("descubro", "descubrir"),
    ("divido", "dividir"),
    ("interrumpo", "interrumpir"),
    ("insisto", "insistir"),
    ("omito", "omitir"),
    ("emito", "emitir"),
    ("sustituyo", "sustituir"),
    ("distribuyo", "distribuir"),
    ("construyo", "construir"),
    ("envuelvo", "envolver"),
    ("renuevo", "renovar"),
    ("suelto", "soltar"),
    ("muestro", "mostrar"),
    ("encuentro", "encontrar"),
    ("apruebo", "aprobar"),
    ("comienzo", "comenzar"),
    ("despierto", "despertar"),
    ("mantengo", "mantener"),
    ("obtengo", "obtener"),
    ("detengo", "detener"),
    ("retengo", "retener"),
    ("dispongo", "disponer"),
    ("expongo", "exponer"),
    ("caigo", "caer"),
    ("oigo", "oír"),
    ("deshago", "deshacer"),
    ("rehago", "rehacer"),
    ("contesto", "contestar"),
];

/// The ask `cue` whose verb at `v` (read as `inf`, by `we` or by me) ends
/// its clause at `stop`: "Tengo la intención de <inf><clitics> <rest>".
fn verb_clause_hit(
    s: &Sent,
    cue: std::ops::Range<usize>,
    v: usize,
    stop: usize,
    (inf, we): (String, bool),
) -> Hit {
    let clitics: Vec<&str> = (cue.end..v)
        .map(|k| s.w(k))
        .filter(|w| *w != "no")
        .collect();
    let not = if (cue.end..v).any(|k| s.w(k) == "no") {
        "no "
    } else {
        ""
    };
    let verb = format!("{not}{}", with_clitics(&inf, &clitics));
    let after = s.span(v + 1, stop);
    let body = if after.is_empty() {
        verb
    } else {
        format!("{verb} {after}")
    };
    let rest = rest_after(s, stop, SOFTENERS);
    Hit {
        cue,
        tell_me: false,
        rewrite: finish(&format!("{} {body}{rest}", lead(we))),
    }
}

/// The infinitive of a first-person verb in a "si …" clause: "muevo" →
/// "mover", "enviamos" → "enviar". Unknown "-o" verbs are taken as "-ar",
/// the commonest class.
fn from_finite(word: &str) -> Option<(String, bool)> {
    if let Some((_, inf)) = IRREGULAR.iter().find(|(f, _)| *f == word) {
        return Some(((*inf).to_string(), false));
    }
    // "ofrezco" → "ofrecer", "traduzco" → "traducir".
    if let Some(stem) = word.strip_suffix("uzco") {
        return Some((format!("{stem}ucir"), false));
    }
    if let Some(stem) = word.strip_suffix("zco").filter(|s| s.len() > 1) {
        return Some((format!("{stem}cer"), false));
    }
    for (end, inf) in [("amos", "ar"), ("emos", "er"), ("imos", "ir")] {
        if let Some(stem) = word.strip_suffix(end).filter(|s| s.len() > 1) {
            return Some((format!("{stem}{inf}"), true));
        }
    }
    let stem = word.strip_suffix('o').filter(|s| s.len() > 1)?;
    Some((format!("{stem}ar"), false))
}

/// The infinitive of a first-person subjunctive after "que": "instale" →
/// "instalar", "devuelva" → "devolver" (the stem of a known present form),
/// "aplique" → "aplicar". An unknown "-a" form is left unread: it may be
/// an "-er" or an "-ir" verb, or another subject's ("que llueva").
fn from_subjunctive(word: &str) -> Option<(String, bool)> {
    match word {
        "vaya" => return Some(("ir".to_string(), false)),
        "vayamos" => return Some(("ir".to_string(), true)),
        _ => {}
    }
    let (stem, we) = match word.strip_suffix("mos") {
        Some(st) => (st, true),
        None => (word, false),
    };
    let (stem, ending) = if let Some(st) = stem.strip_suffix('e') {
        (st, 'e')
    } else {
        (stem.strip_suffix('a')?, 'a')
    };
    if stem.len() < 2 {
        return None;
    }
    let known = IRREGULAR.iter().find(|(f, inf)| {
        f.strip_suffix('o') == Some(stem) && (inf.ends_with("ar") == (ending == 'e'))
    });
    if let Some((_, inf)) = known {
        return Some(((*inf).to_string(), we));
    }
    if ending == 'a' {
        return None;
    }
    let stem = if let Some(st) = stem.strip_suffix("qu") {
        format!("{st}c")
    } else if let Some(st) = stem.strip_suffix("gu") {
        format!("{st}g")
    } else if let Some(st) = stem.strip_suffix('c') {
        format!("{st}z")
    } else {
        stem.to_string()
    };
    Some((format!("{stem}ar"), we))
}

/// The infinitive of a first-person past subjunctive after "que":
/// "tomara" → "tomar", "montáramos" → "montar", "saliera" → "salir" (an
/// "-er" or "-ir" verb only when its infinitive is known). "-aran" is
/// another's ("que nos mandaran").
fn from_past_subjunctive(word: &str) -> Option<(String, bool)> {
    let (form, we) = match word.strip_suffix("mos") {
        Some(st) => (st, true),
        None => (word, false),
    };
    const PAST: &[(&str, &str)] = &[
        ("hiciera", "hacer"),
        ("pusiera", "poner"),
        ("tuviera", "tener"),
        ("viniera", "venir"),
        ("trajera", "traer"),
        ("dijera", "decir"),
        ("fuera", "ir"),
        ("pudiera", "poder"),
        ("diera", "dar"),
        ("pidiera", "pedir"),
    ];
    if let Some((_, inf)) = PAST.iter().find(|(f, _)| *f == form) {
        return Some(((*inf).to_string(), we));
    }
    if let Some(stem) = form.strip_suffix("ara").filter(|s| s.len() > 1) {
        return Some((format!("{stem}ar"), we));
    }
    let stem = form.strip_suffix("iera").filter(|s| s.len() > 1)?;
    IRREGULAR
        .iter()
        .map(|(_, inf)| *inf)
        .find(|inf| {
            inf.len() == stem.len() + 2
                && inf.starts_with(stem)
                && (inf.ends_with("er") || inf.ends_with("ir"))
        })
        .map(|inf| (inf.to_string(), we))
}

/// A first-person present verb ("mando", "cerramos", "doy") read as its
/// infinitive; not a modal, a view, a noun or a word of another kind
/// ("puedo", "creo", "todo", "acaso"), nor a third-person past ("llegó").
fn first_person(s: &Sent, v: usize) -> Option<(String, bool)> {
    let w = s.w(v);
    let raw = s.raw(v);
    if w.len() < 3 || is_in(w, NOT_FIRST) || raw.ends_with('ó') {
        return None;
    }
    if w == "voy" {
        return Some(("ir".to_string(), false));
    }
    let we = ["amos", "emos", "imos"].iter().any(|e| w.ends_with(e));
    if we && w.len() <= 5 {
        return None;
    }
    if !(we || w.ends_with('o') || w == "doy") {
        return None;
    }
    from_finite(w)
}

/// Words that end like a first-person verb but are not one, and verbs of
/// ability, duty, view or state, which ask nothing bare.
const NOT_FIRST: &str = "puedo podemos debo debemos quiero queremos tengo tenemos creo creemos pienso pensamos supongo suponemos necesito necesitamos soy somos estoy estamos hay no yo lo como pero claro solo luego primero todo todos esto eso aquello algo correo trabajo proyecto informe documento equipo mismo siento listo seguro cierto cuanto cuantos acaso tampoco otro otros mucho muchos poco pocos tanto tantos nuevo medio hablamos quedamos vemos dio fue vio hizo dijo puso tuvo estuvo pudo quiso vino supo trajo hubo murio pidio ahora ademas cuando donde adonde quien tiempo precio plazo caso modo tipo numero minimo maximo centro";

/// Infinitives of serving ("¿Le traigo un café?", "¿Te ayudo?"): with
/// the reader's pronoun they offer, they ask nothing.
const SERVE: &str = "traer servir ayudar reservar ofrecer preparar acompanar poner llevar buscar abrir ensenar explicar guardar envolver calentar echar";
/// Verbs that serve only with "te"/"os": "¿Te mando el informe?" offers,
/// "¿Les mando el presupuesto?" asks about the clients.
const SERVE_YOU: &str = "mandar enviar pasar llamar cobrar pedir";

/// Whether the clitics `from..v` and the verb `inf` offer a service to the
/// reader: "te"/"os", or "le"/"les" with no "a <someone>" after that names
/// another ("¿Le devuelvo el dinero al cliente?" asks).
fn offers(s: &Sent, from: usize, v: usize, inf: &str, framed: bool) -> bool {
    let yours = (from..v).any(|k| is_in(s.w(k), "te os"));
    // "¿Se lo envuelvo?": "se" before "lo" is "le".
    let theirs = (from..v)
        .any(|k| is_in(s.w(k), "le les") || s.w(k) == "se" && is_in(s.w(k + 1), "lo la los las"));
    // "… mientras espera al doctor": another clause names no one served.
    let stop = (v + 1..s.clause_end(v))
        .find(|&k| is_in(s.w(k), "mientras que cuando porque si hasta"))
        .unwrap_or(s.clause_end(v));
    let other = (v + 1..stop).any(|k| {
        s.w(k) == "al" || s.w(k) == "a" && inf_base(s.w(k + 1)).is_none() && !s.w(k + 1).is_empty()
    });
    let to_you = yours || theirs && !other;
    // "¿Le envío la factura?" offers to "usted"; in a frame that asks
    // leave ("¿Está bien que les mande…?") only "te"/"os" is the reader.
    let you_only = if framed { yours } else { to_you };
    is_in(inf, SERVE) && to_you || is_in(inf, SERVE_YOU) && you_only
}

/// The infinitive with its clitics after it, stressed in writing when two
/// follow ("permitírselo").
fn with_clitics(inf: &str, clitics: &[&str]) -> String {
    let joined: String = clitics.concat();
    if clitics.len() < 2 {
        return format!("{inf}{joined}");
    }
    let accented = match inf.get(inf.len().saturating_sub(2)..) {
        Some("ar") => Some("ár"),
        Some("er") => Some("ér"),
        Some("ir") => Some("ír"),
        _ => None,
    };
    match (accented, inf.get(..inf.len().saturating_sub(2))) {
        (Some(a), Some(stem)) => format!("{stem}{a}{joined}"),
        _ => format!("{inf}{joined}"),
    }
}

/// A sentence of chat: no final stop and a small first letter ("puedo
/// salir antes hoy"), which asks as a question would.
fn chat(s: &Sent) -> bool {
    let t = s.text[s.range.clone()].trim();
    t.chars().last().is_some_and(char::is_alphanumeric)
        && t.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase)
}

/// Whether the clause of token `i` is itself asked: "¿" opens it or "?"
/// ends it ("Tengo listo el comunicado, ¿lo envío?", not "Mando el
/// contrato, ¿vale?").
fn asked_clause(s: &Sent, i: usize) -> bool {
    let st = s.clause_start(i);
    let en = s.clause_end(i);
    (st > 0 && s.raw(st - 1) == "¿") || (en < s.toks.len() && s.raw(en) == "?")
}

/// Whether "o"/"u" offers another choice after token `v` in its sentence
/// ("lo subo o espero", "hoy o mañana").
fn or_after(s: &Sent, v: usize) -> bool {
    (v + 1..s.toks.len()).any(|k| is_in(s.w(k), "o u"))
}

/// "¿Lo mando?", "¿Cierro ya el expediente?", "lo subo o espero": a bare
/// first-person verb asked about (with "¿"/"?" on its clause, or in chat
/// with a choice), not an offer to serve. `from` is the clause's first
/// word after fillers (clitics may follow).
fn bare(s: &Sent, from: usize) -> Option<Hit> {
    let v = skip(s, from, CLITICS);
    if v >= s.toks.len() {
        return None;
    }
    let asked = (s.question && asked_clause(s, v)) || (chat(s) && or_after(s, v));
    if !asked {
        return None;
    }
    let (inf, we) = first_person(s, v)?;
    // "¿Pedido enviado?" names a thing; with a clitic before it ("¿Lo
    // mando?") the word is surely a verb.
    let adjective = ["ado", "ada", "ido", "ida", "ados", "adas", "idos", "idas"]
        .iter()
        .any(|e| s.w(v + 1).ends_with(e));
    if v == from && adjective {
        return None;
    }
    if offers(s, from, v, &inf, false) || (inf == "dar" && v > from && is_in(s.w(v + 1), "un una"))
    {
        return None;
    }
    let clause_end = s.clause_end(v);
    // "lo subo o espero": the first choice is the plan.
    let stop = (v + 1..clause_end)
        .find(|&k| {
            is_in(s.w(k), "o u") && {
                let n = skip(s, k + 1, CLITICS);
                first_person(s, n).is_some() || s.w(n) == "no" && n + 1 >= clause_end
            }
        })
        .unwrap_or(clause_end);
    // "mando el pedido hoy vale?": a tag without its comma goes too.
    let mut stop = stop;
    while stop > v + 1 && is_in(s.w(stop - 1), "vale ok okay dale") {
        stop -= 1;
    }
    let clitics: Vec<&str> = (from..v).map(|k| s.w(k)).collect();
    let after = s.span(v + 1, stop);
    let verb = with_clitics(&inf, &clitics);
    let body = if after.is_empty() {
        verb
    } else {
        format!("{verb} {after}")
    };
    let rest = if stop == clause_end {
        rest_after(s, stop, SOFTENERS)
    } else {
        ""
    };
    Some(Hit {
        cue: from..v + 1,
        tell_me: false,
        rewrite: finish(&format!("{} {body}{rest}", lead(we))),
    })
}

/// "Me puedo ir", "¿Le podemos enviar el pedido?": the clitics before
/// "puedo"; "¿Me podría retirar…?" only with a verb of one's own leave.
fn climbed(s: &Sent, from: usize) -> Option<Hit> {
    let v = skip(s, from, CLITICS);
    if v == from || !(s.question || chat(s)) {
        return None;
    }
    let modal = s.w(v);
    let inf = inf_base(s.w(v + 1))?;
    let own = modal == "podria" && is_in(s.w(from), "me nos") && is_in(inf, OWN_LEAVE_BASES);
    if !(own
        || is_in(
            modal,
            "puedo podemos podriamos debo debemos deberia deberiamos",
        ))
    {
        return None;
    }
    let stop = s.clause_end(v + 1);
    let body = action(s, v + 1, stop)?;
    let we = modal.ends_with("mos") || s.w(from) == "nos" && modal == "podria";
    let clitics: Vec<&str> = (from..v).map(|k| s.w(k)).collect();
    let verb = with_clitics(s.w(v + 1), &clitics);
    let after = body.strip_prefix(s.raw(v + 1)).map_or("", str::trim_start);
    let body = if after.is_empty() {
        verb
    } else {
        format!("{verb} {after}")
    };
    Some(Hit {
        cue: from..v + 1,
        tell_me: false,
        rewrite: finish(&format!(
            "{} {body}{}",
            lead(we),
            rest_after(s, stop, SOFTENERS)
        )),
    })
}

/// "¿Me lo apruebas?", "¿Lo autoriza?": approval of something of mine
/// asked with its pronoun.
fn approved(s: &Sent, i: usize) -> Option<Hit> {
    let v = skip(s, i, CLITICS);
    let asks = v > i
        && s.question
        && asked_clause(s, v)
        && is_in(
            s.w(v),
            "apruebas aprueba aprobais aprueban autorizas autoriza autorizais autorizan validas valida",
        );
    if !asks {
        return None;
    }
    let stop = s.clause_end(v + 1);
    let rewrite = if stop > v + 1 {
        finish(&format!(
            "Tengo la intención de seguir adelante con {}",
            s.span(v + 1, stop)
        ))
    } else {
        format!("{} {GAP}", lead(false))
    };
    Some(Hit {
        cue: i..v + 1,
        tell_me: false,
        rewrite,
    })
}

/// The decision handed up: "Tú decides", "Usted dirá", "¿Usted qué
/// manda?", "Lo dejo a tu criterio", "Decide tú". Not "Tú decides si
/// vienes" (the reader's own affair).
static HAND_UP: [Pattern; 6] = [
    Pattern::new("(tu|usted|ustedes|vos|vosotros) (decides|decide|deciden|decidis|mandas|manda|mandan|mandais|eliges|elige|eligen|elegis|diras|dira|diran|direis)"),
    Pattern::new("(decide|decida|decidan|decidid|decidi|decidelo|decidalo|decidilo|elige|elija|elegi) (tu|usted|ustedes|vos)"),
    Pattern::new("(lo|la|los|las|te|se|le|os)? (lo)? (dejo|dejamos) (en tus manos|en sus manos|a tu criterio|a su criterio|a vuestro criterio|a tu eleccion|a su eleccion|a tu decision|a su decision)"),
    Pattern::new("(tu|usted|ustedes|vos)? (que|q) (mandas|manda|mandan|me aconsejas|me aconseja|me aconsejais|me aconsejan|me recomiendas|me recomienda|me sugieres|me sugiere|propones|propone|sugieres|sugiere)"),
    Pattern::new("(como|lo que) (tu|usted|ustedes|vos)? (veas|vea|vean|digas|diga|digan|decidas|decida|decidan|mandes|mande|manden|prefieras|prefiera|prefieran|dispongas|disponga|dispongan|consideres|considere)"),
    Pattern::new("(tu|usted|ustedes|vos)? (que|q) (harias|haria|harian|hariais) (tu|usted|ustedes|vos)?"),
];

fn hand_up(s: &Sent, i: usize) -> Option<Hit> {
    let (k, end) = HAND_UP
        .iter()
        .enumerate()
        .find_map(|(k, p)| s.at(p, i).map(|e| (k, e)))?;
    if k == 0 && s.w(end) == "si" {
        let v = skip(s, end + 1, CLITICS);
        first_person(s, v)?;
    }
    // "Tú decides", "Usted dirá cómo…"; not "Tú mandas el correo".
    let open = end >= s.toks.len()
        || !is_word(&s.toks[end])
        || is_in(s.w(end), "si que como cuando donde quien cual tu usted vos");
    if k == 0 && !open {
        return None;
    }
    // "¿Qué propones?" alone asks a view; after a pronoun or in a tag it
    // hands the choice up.
    let pointed = is_in(s.w(i), "tu usted ustedes vos");
    let after_words = s.word_indices().first().is_some_and(|&f| f < i);
    if k == 3 && !(s.question && (pointed || after_words)) {
        return None;
    }
    // "Como usted diga." as the whole message; not "Como veas el
    // informe, …".
    if k == 4 && !(s.clause_start(i) == 0 && s.only_marks_from(end)) {
        return None;
    }
    Some(Hit {
        cue: i..end,
        tell_me: true,
        rewrite: format!("{} {GAP}", lead(false)),
    })
}

/// Verbs that ask the reader to tell: "dime", "indíqueme", "me dices",
/// "le agradecería que me indicara".
static TELL_VERB: Pattern = Pattern::new(
    "(tu|usted|ustedes|vos)? (dime|digame|decime|decidme|diganme|dinos|diganos|indicame|indiqueme|indicanos|indiquenos|explicame|expliqueme|aconsejame|aconsejeme|me indicas|me indica|me indicais|me indican|me dices|me dice|me decis|me dicen|nos dices|nos dice|nos dicen|me explicas|me explica|me aconsejas|me aconseja|me indicara|me indicaras|me indicaran|me indicase|me dijera|que me digas|que me diga|que me digan|que me indiques|que me indique|que me indiquen|que me expliques|que me explique|que me aconsejes|que me aconseje|me dijeras|me dijeran|indicarme|decirme|explicarme|no se) (tu|usted|ustedes|vos)? (por favor|porfa)? (que|como|q)",
);

/// "¿Qué hago…?", "¿Cómo tramito…?", "¿Con qué empiezo?", "dime cómo
/// gestiono…", "indíqueme cómo proceder": the writer's next act asked of
/// the reader. `i` opens the clause; a telling verb may come first.
fn asked_how(s: &Sent, i: usize) -> Option<Hit> {
    let (q, told) = match s.at(&TELL_VERB, i) {
        Some(end) => {
            // "Mi jefe me dice que…" reports; "Usted me dice qué hago" asks.
            let third = (i..end).any(|k| is_in(s.w(k), "dice dicen"))
                && !(i..end).any(|k| is_in(s.w(k), "usted ustedes"));
            if third && !s.question {
                return None;
            }
            (end - 1, true)
        }
        None => {
            let q = skip(s, i, "con por de a en para yo");
            // "¿Por qué…?" asks a reason; "¿Por dónde empiezo?" a course.
            let why = q > i && is_in(s.w(q - 1), "por para") && s.w(q) == "que";
            let place = s.w(q) == "donde" && q > i && s.w(q - 1) == "por";
            let asks = is_in(s.w(q), "que como cual cuando quien") || place;
            if why || !asks || !(s.question || chat(s)) {
                return None;
            }
            // "¿Qué hago con…?", not "¿Qué resultado dio…?": after the verb
            // comes a small word, a mark or nothing.
            let v = skip(s, skip(s, q + 1, "yo"), CLITICS);
            let next = v + 1;
            let small = next >= s.toks.len()
                || !is_word(&s.toks[next])
                || is_in(
                    s.w(next),
                    "con a al de del en el la los las lo un una unos unas para por yo ya ahora hoy primero mejor asi",
                );
            if !small {
                return None;
            }
            (q, false)
        }
    };
    let how = s.w(q) == "como";
    let v = skip(s, skip(s, q + 1, "yo"), CLITICS);
    let stop = s.clause_end(v);
    let we_words = (i..=v.min(s.toks.len().saturating_sub(1))).any(|k| s.w(k).ends_with("mos"));
    // "¿Cómo le hago?" (Mexico) is "¿Cómo lo hago?".
    let idiom = s.w(v) == "hago" && s.w(v.saturating_sub(1)) == "le";
    let clitics: Vec<&str> = (q + 1..v)
        .map(|k| {
            if idiom && s.w(k) == "le" {
                "lo"
            } else {
                s.w(k)
            }
        })
        .filter(|w| *w != "yo")
        .collect();
    // "¿Cómo llego a la oficina?" asks the way; "¿Cuándo cobro?" the
    // date; "¿Cuándo lo mando?" a go-ahead.
    let way = how
        && is_in(
            s.w(v),
            "llego llegamos voy vamos vuelvo entro accedo encuentro consigo",
        );
    let date = s.w(q) == "cuando" && v == q + 1;
    // "q paso con el pedido" is "¿qué pasó…?" without its accent.
    let happened = s.w(v) == "paso" && v == q + 1;
    let verb = if way || date || happened {
        return None;
    } else if let Some((inf, we)) = first_person(s, v) {
        Some((inf, we))
    } else if told
        && is_in(
            s.w(v),
            "proceder hacer actuar seguir gestionar responder contestar",
        )
    {
        Some((s.w(v).to_string(), we_words))
    } else if told
        && is_in(
            s.w(v),
            "debo debemos deberia tengo tenemos quieres quiere prefieres prefiere",
        )
        // "dime cómo lo quieres", "dime qué quieres que haga"; not "dime
        // qué quieres cenar".
        && (!s.w(v).starts_with("quier") && !s.w(v).starts_with("prefier")
            || v > q + 1
            || s.w(v + 1) == "que")
    {
        None
    } else {
        return None;
    };
    let cue = i..v + 1;
    let rewrite = match verb {
        Some((inf, we)) if how => {
            let after = s.span(v + 1, stop);
            let verb = with_clitics(&inf, &clitics);
            let body = if after.is_empty() {
                verb
            } else {
                format!("{verb} {after}")
            };
            format!("{} {body} así: {GAP}", lead(we))
        }
        Some((_, we)) => format!("{} {GAP}", lead(we)),
        None => format!("{} {GAP}", lead(we_words)),
    };
    Some(Hit {
        cue,
        tell_me: true,
        rewrite,
    })
}

/// "¿Qué te parece mejor, cerrar el viernes o trabajar el sábado?",
/// "¿Qué prefieres, A o B?": the choice of the writer's course handed up.
static WHICH: Pattern = Pattern::new(
    "(que|q|cual) (opcion)? (te|le|os|les) (parece|pareceria) (mejor|preferible|mas conveniente)",
);
static WHICH_PREFER: Pattern =
    Pattern::new("(que|q|cual) (opcion)? (prefieres|prefiere|preferis|prefieren|eliges|elige)");

/// "Me ausentaré…, Le ruego me conceda permiso para…", "le agradecería
/// que me concediera permiso": leave asked of the reader in a letter,
/// wherever it stands in the sentence.
static GRANT: Pattern = Pattern::new(
    "(me|nos) (conceda|concedas|concedan|concediera|concedieras|concedieran|de|des|den|diera|dieras|dieran|otorgue|otorgues|otorguen|otorgara|otorgaras|otorgaran|concede|concedes|conceden) (usted|ustedes)? (el|la|su|tu|un)? (permiso|autorizacion|aprobacion|visto bueno|luz verde|conformidad) (para|de)",
);
/// "¿Sería tan amable de permitirme consultar…?"
const LET_ME: &str = "permitirme permitirnos dejarme dejarnos autorizarme autorizarnos";

/// Asks that stand anywhere in a sentence: "Le ruego me conceda permiso
/// para…", "Por medio de la presente solicito autorización para…", "¿Sería
/// tan amable de permitirme…?", "dime cómo gestiono…".
fn anywhere_ask(s: &Sent) -> Option<Hit> {
    for i in 0..s.toks.len() {
        if !is_word(&s.toks[i]) || s.any_before(i, REPORTING) {
            continue;
        }
        let end = s
            .at(&GRANT, i)
            .filter(|_| i == 0 || s.w(i - 1) != "no")
            .or_else(|| s.at(&NEED_LEAVE[1], i))
            .or_else(|| s.at(&NEED_LEAVE[0], i))
            .or_else(|| (s.question && is_in(s.w(i), LET_ME)).then_some(i + 1));
        if let Some(end) = end {
            let stop = s.clause_end(end);
            let we = (i..end).any(|k| {
                s.w(k).ends_with("mos") || is_in(s.w(k), "nos permitirnos dejarnos autorizarnos")
            });
            let Some(body) = action(s, end, stop) else {
                continue;
            };
            return Some(Hit {
                cue: i..end,
                tell_me: false,
                rewrite: finish(&format!(
                    "{} {body}{}",
                    lead(we),
                    rest_after(s, stop, SOFTENERS)
                )),
            });
        }
        if s.at(&TELL_VERB, i).is_some() {
            if let Some(hit) = asked_how(s, i) {
                return Some(hit);
            }
        }
        // "¿lo revisás y me das el ok?": the go-ahead after "y".
        let joined = i > 0 && is_in(s.w(i - 1), "y e") && is_in(s.w(i), "me nos");
        if let Some(end) = s.at(&ASK[3], i).filter(|_| joined && s.question) {
            if let Some(hit) = go_ahead(s, i, end, s.w(i) == "nos", false) {
                return Some(hit);
            }
        }
        // "Adjunto el presupuesto y quedo a la espera de su aprobación…".
        if let Some(end) = s.at(&WAIT, i) {
            let we = (i..end).any(|k| s.w(k).ends_with("mos"));
            return Some(Hit {
                cue: i..end,
                tell_me: true,
                rewrite: format!("{} {GAP}", lead(we)),
            });
        }
        if let Some(hit) = hand_up(s, i) {
            return Some(hit);
        }
        // "¿Así está bien o lo cambio?": the choice after "o".
        if i > 0 && is_in(s.w(i - 1), "o u") && s.question {
            if let Some(hit) = bare(s, i) {
                return Some(hit);
            }
        }
        // "el portátil de Ana lo formateo o lo mando a soporte": in chat, a
        // topic, then the clitic and the verb, and a choice ("la demo" in a
        // question is no clitic).
        let topic = i > 0
            && is_word(&s.toks[i - 1])
            && !is_in(
                s.w(i - 1),
                "que si por quien como cuando donde porque no ya tambien y o pero",
            )
            && !is_in(s.w(i - 1), CLITICS);
        if topic && is_in(s.w(i), "lo la los las") && chat(s) && or_after(s, i) {
            if let Some(hit) = bare(s, i) {
                return Some(hit);
            }
        }
    }
    None
}

/// "Dime si lo firmo", "Tú me dices si sigo": the go-ahead asked for a
/// first-person act.
static SAY_IF: Pattern = Pattern::new(
    "(tu|usted|ustedes|vos)? (dime|digame|decime|decidme|diganme|avisame|aviseme|avisadme|confirmame|confirmeme|me dices|me dice|me decis|me dicen|me confirmas|me confirma|me avisas|me avisa) (por favor)? si",
);

fn say_if(s: &Sent, i: usize) -> Option<Hit> {
    let end = s.at(&SAY_IF, i)?;
    let v = skip(s, end, CLITICS);
    let verb = first_person(s, v)?;
    let stop = s.clause_end(v);
    let stop = (v + 1..stop)
        .find(|&k| is_in(s.w(k), "o u"))
        .unwrap_or(stop);
    Some(verb_clause_hit(s, i..end, v, stop, verb))
}

/// The first-person subjunctive at `v` after "que" (ending at `end`), not
/// another's act ("que se quede") nor an offer ("que le ayude").
fn subjunctive_after(s: &Sent, end: usize, v: usize, stop: usize) -> Option<(String, bool)> {
    let reflexive_other = v == end + 1 && s.w(end) == "se";
    if v >= stop || reflexive_other {
        return None;
    }
    let verb = from_subjunctive(s.w(v)).or_else(|| from_past_subjunctive(s.w(v)))?;
    // "que me envíe la factura" is the reader's act ("usted" has the same
    // form); "que me tome el viernes" is mine.
    let to_me = !verb.1 && (end..v).any(|k| s.w(k) == "me") && !is_in(&verb.0, OWN_ME);
    (!to_me && !offers(s, end, v, &verb.0, true)).then_some(verb)
}

/// "¿Qué quieres que haga con…?", "¿Cómo prefiere usted que organice…?".
fn what_wanted(s: &Sent, i: usize) -> Option<Hit> {
    let end = s.at(&WHAT_WANTED, i).filter(|_| s.question || chat(s))?;
    let stop = s.clause_end(end);
    let v = skip(s, end, CLITICS);
    let (inf, we) = subjunctive_after(s, end, v, stop)?;
    let how = (i..end).any(|k| s.w(k) == "como");
    let rewrite = if how {
        let mut hit = verb_clause_hit(s, end..end, v, stop, (inf, we));
        hit.rewrite = format!("{} así: {GAP}", hit.rewrite.trim_end_matches('.'));
        hit.rewrite
    } else {
        format!("{} {GAP}", lead(we))
    };
    Some(Hit {
        cue: i..end,
        tell_me: true,
        rewrite,
    })
}

/// "¿Qué te parece mejor, cerrar el viernes o trabajar el sábado?": a
/// choice between the writer's courses.
fn which(s: &Sent, i: usize) -> Option<Hit> {
    let end = s
        .at(&WHICH, i)
        .or_else(|| s.at(&WHICH_PREFER, i))
        .filter(|_| s.question)?;
    let that = (end..s.toks.len()).any(|k| s.w(k) == "que");
    let choice = (end..s.toks.len()).any(|k| {
        !is_in(s.w(k), "o u")
            && (inf_base(s.w(k)).is_some()
                || first_person(s, k).is_some()
                || that && from_subjunctive(s.w(k)).is_some())
    }) && or_after(s, end);
    choice.then(|| Hit {
        cue: i..end,
        tell_me: true,
        rewrite: format!("{} {GAP}", lead(false)),
    })
}

/// A go-ahead asked (`i..end` names it): for my act after "para que"
/// ("el ok para que lance…"), for the thing after "con"/"a" ("luz verde
/// con lo del cambio", "el visto bueno a mi propuesta"), or bare.
fn go_ahead(s: &Sent, i: usize, end: usize, we: bool, strict: bool) -> Option<Hit> {
    let stop = s.clause_end(end);
    let q = skip(s, end, "para");
    if s.w(q) == "que" && q < stop {
        let v = skip(s, q + 1, CLITICS);
        if let Some(verb) = subjunctive_after(s, q + 1, v, stop) {
            return Some(verb_clause_hit(s, i..q + 1, v, stop, verb));
        }
    }
    let mine = is_in(s.w(skip(s, end, "a al con")), MINE);
    if strict && !mine {
        return None;
    }
    let thing = end > 0 && is_in(s.w(end - 1), "con a al") || is_in(s.w(end), MINE);
    let from = if is_in(s.w(end), "con a") {
        end + 1
    } else {
        end
    };
    let mut last = stop;
    while last > from && is_in(s.w(last - 1), SOFTENERS) {
        last -= 1;
    }
    // "… cuando puedas" is the reader's time, not part of the thing.
    if let Some(k) = (from..last).find(|&k| s.w(k) == "cuando") {
        last = k;
    }
    let rewrite = if (thing || is_in(s.w(end), "con a")) && last > from {
        let article = if s.w(end.saturating_sub(1)) == "al" {
            "el "
        } else {
            ""
        };
        finish(&format!(
            "{} seguir adelante con {article}{}",
            lead(we),
            s.span(from, last)
        ))
    } else {
        format!("{} {GAP}", lead(we))
    };
    Some(Hit {
        cue: i..end,
        tell_me: false,
        rewrite,
    })
}

fn detect(s: &Sent) -> Option<Hit> {
    for i in 0..s.toks.len() {
        if !is_word(&s.toks[i]) || !s.opens_clause(i, FILLERS) {
            continue;
        }
        if s.any_before(i, REPORTING) {
            return None;
        }
        if let Some(hit) = tell_me(s, i) {
            return Some(hit);
        }
        // Leave asked in a statement, or a decision handed up.
        // "Necesito permiso para el parking" names no act of mine.
        let plain = |end: usize| {
            s.at(&NEED_LEAVE[1], i) == Some(end)
                && action(s, end, s.clause_end(end)).is_none()
                && NEED_LEAVE
                    .iter()
                    .enumerate()
                    .all(|(k, p)| k == 1 || s.at(p, i).is_none())
        };
        if let Some(end) = s.at_any(&NEED_LEAVE, i).filter(|&e| !plain(e)) {
            let stop = s.clause_end(end);
            let we = (i..end).any(|k| s.w(k).ends_with("mos"));
            let rewrite = action(s, end, stop).map_or(format!("{} {GAP}", lead(we)), |b| {
                finish(&format!(
                    "{} {b}{}",
                    lead(we),
                    rest_after(s, stop, SOFTENERS)
                ))
            });
            return Some(Hit {
                cue: i..end,
                tell_me: false,
                rewrite,
            });
        }
        if let Some(end) = s.at(&PROCEED, i).filter(|_| s.question) {
            let we = s.w(i).ends_with("mos");
            let stop = s.clause_end(end);
            let stop = (end..stop).find(|&k| is_in(s.w(k), "o u")).unwrap_or(stop);
            let what = s.span(end - 1, stop);
            let rewrite = finish(&format!("{} proceder {what}", lead(we)));
            return Some(Hit {
                cue: i..end - 1,
                tell_me: false,
                rewrite,
            });
        }
        if let Some(end) = s.at_any(&LET_ME_KNOW, i) {
            let we = (i..end).any(|k| s.w(k).ends_with("mos"));
            return Some(Hit {
                cue: i..end,
                tell_me: false,
                rewrite: format!("{} {GAP}", lead(we)),
            });
        }
        let own_leave = s.w(i) == "podria" && is_in(s.w(i + 1), OWN_LEAVE);
        let ask = s
            .at_any(&ASK, i)
            .or_else(|| own_leave.then_some(i + 1))
            .filter(|_| s.question || chat(s))
            .or_else(|| s.at(&WONDER, i));
        if let Some(end) = ask {
            let stop = s.clause_end(end);
            let we = (i..end).any(|k| s.w(k).ends_with("mos") || s.w(k) == "nosotros")
                || s.w(i) == "nos";
            if stop == end && s.question {
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: format!("{} {GAP}", lead(we)),
                });
            }
            let for_me = matches!(s.w(i), "deberia" | "podria")
                && (s.w(end).ends_with("me") || s.w(end).ends_with("nos"))
                && !is_in(s.w(end), OWN_LEAVE);
            if let Some(body) = action(s, end, stop).filter(|_| !for_me) {
                let rest = rest_after(s, stop, SOFTENERS);
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!("{} {body}{rest}", lead(we))),
                });
            }
            // "me das luz verde con lo del cambio?", "das el ok para que
            // lance la campaña?": the go-ahead asked with no infinitive.
            let noun = [&ASK[3], &ASK[5]].iter().any(|p| s.at(p, i) == Some(end));
            // "¿Das tu visto bueno a la compra de Ana?" with no "me" asks
            // of another's affair unless my act or thing follows.
            let strict = s.at(&ASK[3], i) == Some(end) && !is_in(s.w(i), "me nos");
            if let Some(hit) = noun.then(|| go_ahead(s, i, end, we, strict)).flatten() {
                return Some(hit);
            }
        }
        if let Some(end) = s.at_any(&ASK_IF, i).filter(|_| s.question || chat(s)) {
            let stop = s.clause_end(end);
            // "¿Les importa si no voy…?": the "no" stays with the verb.
            let v = skip(s, skip(s, end, "no"), CLITICS);
            // "¿Qué tal si vamos al cine?" proposes; "¿Qué tal si lo mando
            // yo?" asks.
            let verb = (v < stop)
                .then(|| {
                    first_person(s, v).or_else(|| {
                        from_finite(s.w(v)).filter(|_| s.w(i) != "que" && s.w(i) != "q")
                    })
                })
                .flatten()
                // "¿Te viene bien si te ayudo con la mudanza?" offers; "¿Te
                // importa si te mando el informe el lunes?" still asks.
                .filter(|(inf, _)| {
                    !(is_in(inf, SERVE) && offers(s, skip(s, end, "no"), v, inf, false))
                });
            if let Some(verb) = verb {
                return Some(verb_clause_hit(s, i..end, v, stop, verb));
            }
        }
        // "Avísame si te parece bien que…" asks without a question mark.
        let told = is_in(s.w(i), "avisame aviseme avisadme dime digame decidme");
        if let Some(hit) = what_wanted(s, i) {
            return Some(hit);
        }
        if let Some(end) = s
            .at_any(&ASK_THAT, i)
            .filter(|_| s.question || told || chat(s))
        {
            let stop = s.clause_end(end);
            let v = skip(s, end, CLITICS);
            if let Some(verb) = subjunctive_after(s, end, v, stop) {
                return Some(verb_clause_hit(s, i..end, v, stop, verb));
            }
        }
        if let Some(end) = s.at_any(&WISH, i) {
            let stop = s.clause_end(end);
            if let Some(body) = action(s, end, stop) {
                let we = matches!(s.w(i), "nos" | "queremos" | "quisieramos" | "deseamos");
                let rest = rest_after(s, stop, SOFTENERS);
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!("{} {body}{rest}", lead(we))),
                });
            }
        }
        let more = climbed(s, i)
            .or_else(|| approved(s, i))
            .or_else(|| say_if(s, i))
            .or_else(|| hand_up(s, i))
            .or_else(|| which(s, i))
            .or_else(|| asked_how(s, i))
            .or_else(|| bare(s, i));
        if more.is_some() {
            return more;
        }
        if let Some(end) = s.at(&GIVE_OK, i) {
            let to_me = is_in(s.w(i), "dame deme danos denos dadme denme");
            if let Some(hit) = go_ahead(s, i, end, false, !to_me) {
                return Some(hit);
            }
        }
        if let Some(end) = s.at(&MY_THING, i).filter(|_| s.question) {
            let p = skip(s, end, "usted ustedes");
            if asked_clause(s, p) && is_in(s.w(p), MINE) {
                let stop = s.clause_end(p);
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!(
                        "Tengo la intención de seguir adelante con {}",
                        s.span(p, stop)
                    )),
                });
            }
        }
        if let Some(end) = s.at_any(&APPROVE, i) {
            let stop = s.clause_end(end);
            // "¿Puede firmar el parte?" asks the reader to act; "¿Puede
            // firmar mi solicitud?" asks approval of mine.
            let theirs = s.w(end - 1) == "firmar"
                && !is_in(s.w(end), "mi mis nuestra nuestro nuestras nuestros");
            let signed = s.at(&APPROVE[2], i) == Some(end)
                && !(is_in(s.w(end), MINE)
                    || is_in(s.w(end), LEAVE_NOUNS)
                    || is_in(s.w(end + 1), LEAVE_NOUNS));
            if theirs || signed {
                continue;
            }
            let mut last = stop;
            while last > end && is_in(s.w(last - 1), SOFTENERS) {
                last -= 1;
            }
            if last > end
                && (s.question || !s.w(i).starts_with("pod") && !s.w(i).starts_with("pue"))
            {
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!(
                        "Tengo la intención de seguir adelante con {}",
                        s.span(end, last)
                    )),
                });
            }
        }
    }
    anywhere_ask(s)
}

fn tell_me(s: &Sent, i: usize) -> Option<Hit> {
    if let Some(end) = s.at(&TELL_WHAT, i) {
        let we = (i..end).any(|k| s.w(k).ends_with("mos"));
        let stop = s.clause_end(end);
        let topic = s.span(end, stop);
        let rewrite = if topic.is_empty() {
            format!("{} {GAP}", lead(we))
        } else {
            let l = lead(we);
            let lower = format!("{}{}", l[..1].to_lowercase(), &l[1..]);
            let mut t = topic.to_string();
            if let Some(c) = t.get(..1) {
                let up = c.to_uppercase();
                t.replace_range(..1, &up);
            }
            format!("{t}, {lower} {GAP}")
        };
        return Some(Hit {
            cue: i..end,
            tell_me: true,
            rewrite,
        });
    }
    if let Some(end) = s.at(&TELL_HOW, i) {
        let we = (i..end).any(|k| s.w(k).ends_with("mos"));
        let stop = s.clause_end(end);
        let rewrite = match action(s, end, stop) {
            Some(body) => format!("{} {body} así: {GAP}", lead(we)),
            None => format!("{} {GAP}", lead(we)),
        };
        return Some(Hit {
            cue: i..end,
            tell_me: true,
            rewrite,
        });
    }
    let end = s
        .at(&TELL_ME, i)
        .or_else(|| s.at(&WAIT, i))
        .or_else(|| s.at(&NEED_TOLD, i))?;
    let we = (i..end).any(|k| s.w(k).ends_with("mos"));
    Some(Hit {
        cue: i..end,
        tell_me: true,
        rewrite: format!("{} {GAP}", lead(we)),
    })
}

/// ", ¿vale?" after a plan: the tag goes.
fn tag(s: &Sent, also: bool) -> Option<Hit> {
    // The tag after the last comma, or before a last one that only
    // names the reader (", ¿le parece bien, doctora?").
    let commas: Vec<usize> = (1..s.toks.len())
        .rev()
        .filter(|&k| s.raw(k) == ",")
        .take(2)
        .collect();
    let (comma, start, end) = commas.iter().find_map(|&comma| {
        let mut start = comma + 1;
        while start < s.toks.len() && matches!(s.raw(start), "¿" | "¡") {
            start += 1;
        }
        let end = s.at_any(&TAG, start)?;
        let vocative = s.raw(end) == ","
            && (end + 1..s.toks.len())
                .filter(|&k| is_word(&s.toks[k]))
                .count()
                <= 2;
        (s.only_marks_from(end) || vocative).then_some((comma, start, end))
    })?;
    let full = (s.w(start) == "si" && end > start + 1) || end > start + 2;
    if !(s.question || full) {
        return None;
    }
    // "Mañana publico …, ¿vale?": the verb after words of time.
    let mut k = s.word_indices()[0];
    loop {
        let next = skip(
            s,
            skip(s, k, FILLERS),
            "manana mañana hoy esta este noche tarde luego ahora despues ya entonces pues me te lo la los las le les nos os se yo nosotros",
        );
        if next == k {
            break;
        }
        k = next;
    }
    let first = s.w(k);
    let future = first.len() > 4 && ["are", "ere", "ire"].iter().any(|e| first.ends_with(e));
    let plan = first.ends_with('o')
        || first.ends_with("mos")
        || future
        || is_in(first, "yo nosotros voy vamos");
    if !(plan || also) {
        return None;
    }
    Some(Hit {
        cue: start..end,
        tell_me: false,
        rewrite: finish(s.span(0, comma)),
    })
}

static INTENT: [Pattern; 1] = [Pattern::new(
    "(voy a|vamos a|tengo la intencion de|tenemos la intencion de|planeo|planeamos|me propongo|nos proponemos)",
)];
static HABIT: [Pattern; 1] = [Pattern::new("(llevo|llevamos|he estado|hemos estado)")];
static SEE: [Pattern; 1] = [Pattern::new(
    "(veo|he visto|he notado|me he dado cuenta|noto|parece que|al parecer|observo|he observado|hemos visto|hemos notado)",
)];
static THINK: [Pattern; 1] = [Pattern::new(
    "(creo|pienso|opino|me parece|en mi opinion|supongo|sugiero|propongo|recomiendo|deberiamos|quizas|quiza|tal vez|probablemente|a lo mejor)",
)];

const COURTESY: &str = "hola buenos buenas gracias muchas saludos felicidades enhorabuena bienvenido bienvenida bienvenidos besos abrazos";

/// Words that put a present tense in the future: "Mañana llamo al
/// cliente". "tarde", "noche", "semana" count after "esta" or "mas"
/// ("más tarde"); "mañana" not after "la" ("por la mañana"); a weekday
/// not after "los".
const SOON: &str = "luego despues hoy ahora enseguida pronto proxima proximo viene";
const DAYS: &str = "lunes martes miercoles jueves viernes sabado domingo";

/// Words of a habit, not of one plan: "Llamo al cliente cada lunes".
const USUALLY: &str =
    "cada todos todas siempre normalmente habitualmente suelo solemos menudo nunca veces";

/// Present forms that state a fact, an ability or a view, not a plan;
/// and words ending like a first-person verb that are not one.
const NOT_PLANS: &str = "puedo debo quiero tengo creo pienso veo supongo necesito espero podemos debemos queremos tenemos creemos pensamos vemos necesitamos esperamos no yo lo como pero claro solo luego primero todo esto eso algo correo trabajo proyecto informe documento cambio equipo mismo siento";

/// "Mañana llamo al cliente.", "Te lo envío esta tarde.": the present
/// tense for one plan, as English says "I will…" (rung 5). Only with a
/// word that places it ahead and none of a habit ("Llamo al cliente cada
/// lunes" reports a routine and stays a statement).
fn plan(s: &Sent) -> bool {
    let words = s.word_indices();
    let soon = words.iter().any(|&k| {
        let w = s.w(k);
        let before = if k > 0 { s.w(k - 1) } else { "" };
        is_in(w, SOON)
            || (w == "mañana" && !is_in(before, "la las"))
            || (is_in(w, "tarde noche semana") && is_in(before, "esta mas"))
            || (is_in(w, DAYS) && !is_in(before, "los"))
    });
    if !soon || words.iter().any(|&k| is_in(s.w(k), USUALLY)) {
        return false;
    }
    // The verb opens its clause, after time words and clitics:
    // "Mañana te llamo", "Lo envío hoy".
    let start = s.clause_start(words[0]);
    let mut v = start;
    while v < s.toks.len() {
        let w = s.w(v);
        let time = is_in(w, SOON)
            || is_in(w, DAYS)
            || is_in(w, "mañana por esta mas tarde noche semana primera hora")
            || (w == "el" && is_in(s.w(v + 1), DAYS));
        let skipped = is_in(w, CLITICS) || is_in(w, FILLERS) || is_in(w, "yo nosotros");
        if !(skipped || time || s.raw(v) == ",") {
            break;
        }
        v += 1;
    }
    let w = s.w(v);
    !is_in(w, NOT_PLANS)
        && ((w.len() > 2 && w.ends_with('o'))
            || ["amos", "emos", "imos"]
                .iter()
                .any(|e| w.len() > 5 && w.ends_with(e)))
}

fn rung(s: &Sent) -> Option<Rung> {
    let words = s.word_indices();
    let &first = words.first()?;
    if s.question || is_in(s.w(first), COURTESY) {
        return None;
    }
    if opens_any(s, &INTENT, FILLERS) {
        return Some(Rung::IIntend);
    }
    if super::intl::anywhere(s, &HABIT) {
        return Some(Rung::IHaveBeenDoing);
    }
    if super::intl::anywhere(s, &SEE) {
        return Some(Rung::ISee);
    }
    if super::intl::anywhere(s, &THINK) {
        return Some(Rung::IThink);
    }
    if plan(s) {
        return Some(Rung::IIntend);
    }
    let participle = |k: usize| {
        ["ado", "ido", "to", "cho", "sto", "ada", "ida"]
            .iter()
            .any(|e| s.w(k).ends_with(e))
    };
    let lead_word = skip(s, first, "ya tambien hoy ayer");
    if matches!(s.w(lead_word), "he" | "hemos") && participle(lead_word + 1) {
        return Some(Rung::IDid);
    }
    if matches!(s.w(lead_word), "acabo" | "acabamos") && s.w(lead_word + 1) == "de" {
        return Some(Rung::IDid);
    }
    let raw = s.raw(lead_word);
    if raw.chars().count() > 3 && (raw.ends_with('é') || raw.ends_with('í')) {
        return Some(Rung::IDid);
    }
    if words.len() <= 3 && is_in(s.w(first), "listo lista hecho terminado enviado resuelto") {
        return Some(Rung::IDid);
    }
    (words.len() >= 3).then_some(Rung::ISee)
}
