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
    fold: fold_accents,
    detect,
    tag,
    rung,
    joins: "y o pero",
};

const FILLERS: &str =
    "oye oiga hola tambien ademas jefe jefa bueno pues una pregunta rapida y entonces ok vale perdona disculpa por favor";

/// Clitics that stand before a finite verb ("si lo muevo") and go after the
/// infinitive ("moverlo").
const CLITICS: &str = "me te lo la los las le les nos os se";

/// Infinitives after which the sentence is a courtesy or asks for
/// information: "¿Puedo ayudarte?", "¿Puedo preguntarte algo?".
const NOT_ACTIONS: &str = "ayudar agradecer preguntar saber ver decir comentar felicitar destacar recordar presentar aclarar informar ser";

const REPORTING: &str = "pregunto preguntaba dijo decia escribio queria respondio";

const SOFTENERS: &str = "por favor porfa gracias";

static ASK: [Pattern; 5] = [
    Pattern::new("(puedo|podemos|podriamos|debo|debemos|deberia|deberiamos) (yo|nosotros)?"),
    Pattern::new("podria yo"),
    Pattern::new("me (dejas|deja|dejais|dejan|permites|permite|permitis|permiten|autorizas|autoriza|autorizais|autorizan) (a)?"),
    Pattern::new("(me|nos) (das|da|dais|dan) (permiso|autorizacion|luz verde|chance|el visto bueno|tu visto bueno|su visto bueno|el ok|tu ok|tu permiso|su permiso) (para|de)?"),
    Pattern::new("(tengo|tenemos|cuento con|contamos con) (tu|su|vuestra|vuestro|el)? (permiso|autorizacion|aprobacion|luz verde|visto bueno|ok) (para)?"),
];
/// "¿Podría tomarme el día libre?": "podría" alone is also a polite
/// request to "usted" ("¿Podría enviarme…?"), so only verbs whose "me" is
/// the speaker's own ask for leave.
const OWN_LEAVE: &str = "tomarme cogerme irme marcharme ausentarme quedarme llevarme tomarnos cogernos irnos marcharnos ausentarnos quedarnos llevarnos";
/// "¿Procedo con el pago?": a bare first-person verb asked.
static PROCEED: Pattern =
    Pattern::new("(procedo|procedemos|sigo adelante|seguimos adelante|continuo|continuamos) (con)");
/// Asks for leave whatever the punctuation: "Necesito tu aprobación para…",
/// "Te escribo para pedirte permiso para…", "Avísame si puedo…".
static NEED_LEAVE: [Pattern; 4] = [
    Pattern::new("(necesito|necesitamos|necesitaria|necesitariamos|quisiera|quisieramos|quiero|queria|querria|pido|pedimos|solicito|solicitamos|me gustaria|nos gustaria) (tu|su|vuestra|vuestro) (aprobacion|visto bueno|autorizacion|permiso|ok|luz verde) (para)?"),
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
    "(me preguntaba|queria saber|queria preguntarte|queria preguntarle|queria preguntar) si (podria|puedo|podia|podriamos|podemos|podiamos|deberia|debo)",
);
static ASK_IF: [Pattern; 5] = [
    Pattern::new("que (te|le|os|les) parece si (yo|nosotros)?"),
    Pattern::new("(te|le|os|les) (parece|pareceria) (bien)? si (yo|nosotros)?"),
    Pattern::new("(esta|estaria|es|seria) (bien|ok|okay|correcto|posible) si (yo|nosotros)?"),
    Pattern::new("(te|le|os|les) (importa|importaria|molesta|molestaria) si (yo|nosotros)?"),
    Pattern::new("(hay|habria) (algun)? problema si (yo|nosotros)?"),
];
/// "¿Os parece bien que instale…?", "¿Autorizas que le devuelva…?": the
/// verb after "que" is a subjunctive.
static ASK_THAT: [Pattern; 4] = [
    Pattern::new("(avisame|aviseme|avisadme|dime|digame|decidme)? (si)? (te|le|os|les) (parece|pareceria) bien que"),
    Pattern::new("(esta|estaria) (bien|ok|okay) que"),
    Pattern::new("(te|le|os|les) (importa|importaria|molesta|molestaria) que"),
    Pattern::new("(me|nos)? (autorizas|autoriza|autorizais|autorizan|permites|permite|permitis|permiten|dejas|deja|dejais|dejan) que"),
];
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
    "(espero|esperamos|quedo a la espera de|quedamos a la espera de) (tu|su|vuestra|vuestro|tus|sus) (visto bueno|aprobacion|instrucciones|decision|ok|autorizacion|indicaciones)",
);
static APPROVE: [Pattern; 2] = [
    Pattern::new("(aprueba|apruebe|aprobad|autoriza|autorice|autorizad|valida|valide)"),
    Pattern::new("(puedes|puede|podrias|podria|podeis|podrian) (por favor)? (aprobar|autorizar|validar|firmar)"),
];
static TAG: [Pattern; 3] = [
    Pattern::new("(si)? (te|le|os) parece (bien)?"),
    Pattern::new("(vale|ok|okay|bien|de acuerdo|te parece|le parece|os parece|les parece|te va bien|le va bien|te sirve|le sirve)"),
    Pattern::new("(si no te importa|si no le importa|estas de acuerdo|esta de acuerdo|de acuerdo|vale|ok|okay|bien)"),
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
    let v = skip(s, from, "yo nosotros");
    if v >= stop || inf_base(s.w(v)).is_none_or(|b| is_in(b, NOT_ACTIONS)) {
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
    Some(s.span(v, end))
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
    let clitics: String = (cue.end..v).map(|k| s.w(k)).collect();
    let after = s.span(v + 1, stop);
    let body = if after.is_empty() {
        format!("{inf}{clitics}")
    } else {
        format!("{inf}{clitics} {after}")
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
    } else {
        stem.to_string()
    };
    Some((format!("{stem}ar"), we))
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
        if let Some(end) = s.at_any(&NEED_LEAVE, i) {
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
            .filter(|_| s.question)
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
        }
        if let Some(end) = s.at_any(&ASK_IF, i).filter(|_| s.question) {
            let stop = s.clause_end(end);
            let v = skip(s, end, CLITICS);
            if let Some(verb) = (v < stop).then(|| from_finite(s.w(v))).flatten() {
                return Some(verb_clause_hit(s, i..end, v, stop, verb));
            }
        }
        // "Avísame si te parece bien que…" asks without a question mark.
        let told = is_in(s.w(i), "avisame aviseme avisadme dime digame decidme");
        if let Some(end) = s.at_any(&ASK_THAT, i).filter(|_| s.question || told) {
            let stop = s.clause_end(end);
            let v = skip(s, end, CLITICS);
            // "que se quede" is another's act.
            let reflexive_other = v == end + 1 && s.w(end) == "se";
            let read = (v < stop && !reflexive_other)
                .then(|| from_subjunctive(s.w(v)))
                .flatten();
            if let Some(verb) = read {
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
        if let Some(end) = s.at_any(&APPROVE, i) {
            let stop = s.clause_end(end);
            // "¿Puede firmar el parte?" asks the reader to act; "¿Puede
            // firmar mi solicitud?" asks approval of mine.
            let theirs = s.w(end - 1) == "firmar"
                && !is_in(s.w(end), "mi mis nuestra nuestro nuestras nuestros");
            if theirs {
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
    None
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
    let end = s.at(&TELL_ME, i).or_else(|| s.at(&WAIT, i))?;
    let we = (i..end).any(|k| s.w(k).ends_with("mos"));
    Some(Hit {
        cue: i..end,
        tell_me: true,
        rewrite: format!("{} {GAP}", lead(we)),
    })
}

/// ", ¿vale?" after a plan: the tag goes.
fn tag(s: &Sent, also: bool) -> Option<Hit> {
    let comma = (1..s.toks.len()).rev().find(|&k| s.raw(k) == ",")?;
    let mut start = comma + 1;
    while start < s.toks.len() && matches!(s.raw(start), "¿" | "¡") {
        start += 1;
    }
    let end = s.at_any(&TAG, start)?;
    let full = s.w(start) == "si" || end > start + 2;
    if !s.only_marks_from(end) || !(s.question || full) {
        return None;
    }
    // "Mañana publico …, ¿vale?": the verb after words of time.
    let first = s.w(skip(
        s,
        s.word_indices()[0],
        "manana mañana hoy esta este noche tarde luego ahora despues ya entonces pues me te lo la los las le les nos os se",
    ));
    let plan =
        first.ends_with('o') || first.ends_with("mos") || is_in(first, "yo nosotros voy vamos");
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
