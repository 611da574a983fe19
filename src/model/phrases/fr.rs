//! The French coach: asking leave ("Puis-je… ?", "Est-ce que je peux… ?",
//! "Je peux… ?", "Pourrions-nous… ?", "Dois-je… ?", "Est-ce que ça vous va
//! si… ?", "Je me demandais si je pouvais…"), asking to be told ("Que
//! dois-je faire pour… ?", "Comment dois-je… ?"), asking for approval
//! ("Merci de valider…") and tags (", ça vous va ?"); the rewrite uses
//! Marquet's phrase as the glossary gives it: "J'ai l'intention de …", with
//! "d'" before a vowel.
//!
//! Beyond these: bare questions about the writer's next step ("Je
//! l'envoie ?", in chat "je relance ou pas"), other frames of "si/que je"
//! ("Ça vous ennuie que je…", "Vous permettez que je…"), what the reader
//! wants me to do ("Tu veux que je…"), the choice handed over ("À toi de
//! voir"), instructions asked in any frame ("Vous me dites ce que je dois
//! faire…") and a letter's requests ("Je me permets de vous demander
//! l'autorisation de…"). Offers to serve the reader ("Je vous apporte un
//! café ?", "Voulez-vous que je vous raccompagne ?") and invitations ("On
//! se voit lundi ?") are not asks.
//!
//! Approval of the writer's own thing is asked too ("Mon plan te convient
//! ?", "T'es ok avec mon idée… ?", "Feu vert pour la mise en ligne ?"), as
//! is the reader's view on the writer's step ("Pensez-vous que je puisse…
//! ?"); in chat a tag may end the line without a comma ("je ferme à 18h
//! ok"), and not knowing what to do asks when the reader is asked to say
//! ("je sais pas quoi faire pour le devis, tu me dis").
//!
//! "Je peux…" is a question only with its question mark (or in chat, with
//! no final mark at all); the inverted and "est-ce que" forms are
//! questions by their shape. Requests for someone
//! else's action ("Pouvez-vous m'envoyer… ?") have another subject and are
//! not matched.

use super::intl::{
    finish, fold_accents, is_in, is_word, opens_any, rest_after, skip, Coach, Hit, Pattern, Sent,
};
use super::{Rung, GAP};

pub(super) const COACH: Coach = Coach {
    fold: fold_accents,
    detect,
    tag,
    rung,
    joins: "et ou mais",
};

const FILLERS: &str =
    "alors et ok okay bon bonjour salut dites dis donc petite question juste euh sinon chef c";

/// Object pronouns that stand before the infinitive ("vous appeler").
const PRONOUNS: &str = "le la les l' lui leur vous te t' me m' y en se s' nous";

/// Infinitives after which the sentence is a courtesy or asks for
/// information or a thing: "Puis-je vous remercier… ?", "Puis-je avoir… ?".
const NOT_ACTIONS: &str = "remercier aider demander avoir savoir comprendre voir trouver obtenir recevoir presenter souligner rappeler signaler dire preciser feliciter excuser informer etre souhaiter";

const REPORTING: &str = "demande demandait demandaient dit disait ecrit voulait savoir repondu";

const SOFTENERS: &str = "svp stp merci plait s'il vous";

static ASK: [Pattern; 7] = [
    Pattern::new("(vous m'|vous m|tu m'|tu m|vous nous|tu nous) (autorisez|autorises) (a)"),
    Pattern::new("(m'|m|nous) (autorisez|autorises) (vous|tu) (a)"),
    Pattern::new("(me|nous) (permettez|permets) (vous|tu) (de|d')"),
    Pattern::new("(puis|pourrais|peux|dois|devrais|pourrions|pouvons|devons|devrions|peut|pourrait|doit|devrait) (je|nous|on)"),
    Pattern::new("est ce (que|qu') (je|j'|nous|on) (peux|pourrais|peut|pourrait|pouvons|pourrions|dois|devrais|doit|devrait|devons|devrions)"),
    // "Pensez-vous que je puisse…", "Tu crois que je devrais…": the
    // reader's view asked on the writer's step.
    Pattern::new("(pensez vous|penses tu|vous pensez|tu penses|tu crois|vous croyez|crois tu|croyez vous|tu trouves|vous trouvez|trouvez vous|vous estimez|estimez vous) (que|qu') (je|j'|nous|on) (peux|puisse|pourrais|devrais|dois|doive|pourrions|devrions|puissions|pouvons|devons|peut|pourrait|devrait|doit)"),
    Pattern::new("(je me demandais|je me demande|je voulais savoir|je voulais vous demander|je voulais te demander|je voudrais savoir|j' aimerais savoir|je souhaiterais savoir|je souhaite savoir|je veux savoir|j' aimerais bien savoir|je voudrais bien savoir|nous voudrions savoir|nous aimerions savoir|nous souhaiterions savoir) (si|s') (je|j'|nous|on) (pouvais|pourrais|peux|pouvions|pourrions|devais|devrais|dois)"),
];
/// "Je peux… ?": a question only with its question mark.
static ASK_TONE: Pattern = Pattern::new(
    "(je|j'|on|nous) (peux|peut|pouvons|pourrais|pourrait|pourrions|dois|devrais|doit|devons|devrions) (tu|ti)?",
);
/// Chat spellings: "jpeux partir ?".
static ASK_TONE_CHAT: Pattern = Pattern::new("(jpeux|jpourrais|jpourrai|jdois|jpeu)");
static ASK_IF: [Pattern; 7] = [
    Pattern::new("(c' est|c|cest|ce serait)? (ok|bon|d' accord|possible|jouable) (pour toi|pour vous) (si|s') (je|j'|nous|on)"),
    Pattern::new("(est ce que|est ce qu')? (vous etes|tu es|etes vous|es tu|vous seriez|tu serais|seriez vous|serais tu) d' accord (pour que|pour qu') (je|j'|nous|on)"),
    Pattern::new("(auriez vous|avez vous|aurais tu|as tu|vous auriez|tu aurais|vous avez|tu as) (une|un|des)? (objection|objections|inconvenient|probleme) (a ce que|a ce qu') (je|j'|nous|on)"),
    Pattern::new("(est ce que)? (serait il|est il|ce serait|c' est|il serait) possible (que|qu') (je|j'|nous|on)"),
    Pattern::new("(est ce que|est ce qu')? (ca|cela) (vous|te|t')? (va|irait|derange|derangerait|gene|generait|embete|convient|conviendrait|pose probleme|poserait probleme) (si) (je|j'|nous|on)"),
    Pattern::new("(est ce que|est ce qu')? (c' est|ce serait|ce sera|c' serait) (ok|bon|possible|d' accord|un probleme|genant) (si) (je|j'|nous|on)"),
    Pattern::new("(vous etes|tu es|t' es|vous seriez|tu serais|etes vous|es tu|seriez vous|serais tu) d' accord (si) (je|j'|nous|on)"),
];
static WISH: [Pattern; 2] = [
    Pattern::new("(je|j') (voudrais|aimerais|souhaiterais|souhaite|veux)"),
    Pattern::new("(nous|on) (voudrions|aimerions|souhaiterions|souhaitons|voulons|voudrait|aimerait|souhaiterait)"),
];
static TELL_WHAT: [Pattern; 4] = [
    Pattern::new("(que|qu') (fais|faisons|fait) (je|nous|on)"),
    Pattern::new("(que|qu') (dois|devrais|devons|devrions|doit|devrait) (je|nous|on) faire"),
    Pattern::new(
        "qu' est ce (que|qu') (je|j'|nous|on) (dois|devrais|devons|devrions|doit|devrait) faire",
    ),
    Pattern::new("qu' est ce (que|qu') (je|j'|nous|on) (fais|fait|faisons)"),
];
static TELL_HOW: [Pattern; 2] = [
    Pattern::new("comment (dois|devrais|devons|devrions|doit|devrait) (je|nous|on)"),
    Pattern::new(
        "comment est ce (que|qu') (je|j'|nous|on) (dois|devrais|doit|devrait|devons|devrions)",
    ),
];
static TELL_ME: Pattern =
    Pattern::new("(dites|dis) (moi|nous) (ce que|ce qu'|quoi) (je|j'|nous|on)?");
static WAIT_PLAN: Pattern = Pattern::new(
    "(j' attends|nous attendons|on attend) (votre|ta|ton|vos|tes) (feu vert|validation|accord|go|ok|aval|autorisation) (pour|avant)",
);
static WAIT: Pattern = Pattern::new(
    "(j' attends|nous attendons|on attend|j' attendrai|j' attendais) (votre|ta|ton|vos|tes) (feu vert|validation|accord|instructions|consignes|directives|indications|decision|go|autorisation)",
);
static APPROVE: [Pattern; 2] = [
    Pattern::new("(merci de|merci d'|veuillez|pouvez vous|pourriez vous|peux tu|pourrais tu|tu peux|vous pouvez|tu pourrais|vous pourriez) (bien vouloir)? (relire et|verifier et|regarder et|lire et|relire puis|verifier puis)? (valider|approuver|autoriser|signer)"),
    Pattern::new("(validez|valide|approuvez|approuve)"),
];

/// The ways to ask the reader to say or confirm whether a plan suits them
/// ("tu me dis si…", "merci de me confirmer que…"), shared by the tags
/// below; a macro because `concat!` takes only literals.
macro_rules! tell_me_if {
    () => {
        "tu me dis|vous me dites|dis moi|dites moi|tu me diras|vous me direz|merci de me dire|merci de me confirmer|confirme moi|confirmez moi|tu me confirmes|vous me confirmez"
    };
}
static TAG: [Pattern; 21] = [
    Pattern::new("(ca|cela) (ne)? (vous|te|t')? (derange|gene|ennuie|embete) (pas)?"),
    Pattern::new("(ok|okay|bon|d' accord|ca va|ca ira) (pour vous|pour toi)"),
    Pattern::new("(pas de|aucun|pas d') (souci|soucis|probleme|objection|inconvenient)"),
    Pattern::new("(ca|cela) (ne)? (vous|te|t')? (pose|posera|poserait) (t il)? (pas)? (de|d'|un|une|des)? (probleme|souci|soucis|problemes|inconvenient)"),
    Pattern::new("(ca|cela) (passe|marche|joue|roule|colle) (pour vous|pour toi)?"),
    Pattern::new("(c' est|c|cest) (ok|okay|bon|correct|good|jouable) (pour toi|pour vous)?"),
    Pattern::new("(si)? (vous|tu) (n')? (y)? (voyez|vois) (pas)? (d'|un|une|des)? (objection|objections|inconvenient|inconvenients|probleme|souci)"),
    Pattern::new("(tu en penses quoi|vous en pensez quoi|t' en penses quoi|t' en dis quoi|tu en dis quoi|vous en dites quoi|qu' en penses tu|qu' en pensez vous|qu' en dites vous|qu' en dis tu|t' es d' accord|t' es ok)"),
    Pattern::new("(vous validez|tu valides|validez vous|valides tu|on valide|vous approuvez|tu approuves|vous etes d' accord|tu es d' accord)"),
    Pattern::new("(c' est|c|cest|ca est) (ok|bon|d' accord) (pour toi|pour vous)"),
    Pattern::new("(si)? (ca|cela) (vous|te) (va|convient|irait)"),
    Pattern::new("(si)? (c' est) (ok|bon)"),
    Pattern::new("(si vous etes d' accord|si tu es d' accord|d' accord|ok|okay|ca marche|si ca ne vous derange pas|si ca ne te derange pas)"),
    // ", ça vous semble bien ?", ", ça convient ?", ", validé ?", ", à ton avis ?".
    Pattern::new("(ca|cela) (vous|te|t')? (semble|sembles|parait|paraitrait|semblerait) (bien|ok|correct|correcte|bon|bonne|jouable|raisonnable|coherent|pertinent|convenable|une bonne idee)"),
    Pattern::new("(ca|cela) (convient|conviendrait|ira|irait)"),
    Pattern::new("(valide|approuve|go|ca te va|ca vous va) (pour toi|pour vous)?"),
    Pattern::new("(a ton avis|a votre avis|selon toi|selon vous)"),
    // ", c'est possible ?", ", est-ce possible ?".
    Pattern::new("(est ce|c' est|ce serait|ca serait|ce serait t il|serait ce) (possible|envisageable|jouable|faisable)"),
    // ", tu me dis si ça te va", ", merci de me confirmer que c'est bon".
    Pattern::new(concat!("(", tell_me_if!(), "|pouvez vous me confirmer|peux tu me confirmer) (si|s'|que|qu') (ca|cela) (te|vous|t')? (va|convient|irait|marche|joue|passe)")),
    Pattern::new(concat!("(", tell_me_if!(), "|pouvez vous me confirmer|peux tu me confirmer) (si|s'|que|qu') (c' est|c est|cest|ce serait|ce sera) (ok|bon|d' accord|possible|jouable|valide|good)")),
    Pattern::new(concat!("(", tell_me_if!(), ") (si|s'|que|qu') (tu es|vous etes|t' es|t es) (d' accord|ok)")),
];

/// Approval asked at the end of a chat line without a comma: "je ferme à
/// 18h ce soir ok", "je relance le client t'es d'accord".
static CHAT_TAG: Pattern = Pattern::new(
    "(t' es d' accord|t es d' accord|tu es d' accord|vous etes d' accord|t' es ok|tu es ok|vous etes ok|ca te va|ca vous va|ca te convient|ca vous convient|ca marche|ca roule|ca passe|c' est bon|c' est ok|ok|okay|d' accord|valide|tu valides|vous validez|on valide|a ton avis|tu en dis quoi|t' en dis quoi|t' en penses quoi|tu en penses quoi)",
);

/// "Mon plan pour la réserve te convient ?", "Ma version, elle vous va ?":
/// approval of one's own thing asked.
static SUITS: Pattern = Pattern::new(
    "(il|elle|ils|elles|ca|cela)? (te|vous|t') (convient|conviennent|conviendrait|va|vont|irait|plait|plaisent|agree|semble|parait) (t il|t elle|il|elle|ils|elles)?",
);
/// "T'es ok avec mon idée de… ?": the same with the reader first.
static OK_WITH: Pattern = Pattern::new(
    "(est ce que|est ce qu')? (t' es|t es|tu es|vous etes|es tu|etes vous|tu serais|vous seriez|serais tu|seriez vous) (ok|d' accord|partant|partante|partants) (avec|pour)",
);
/// "Feu vert pour la mise en prod ce soir ?": the go-ahead named alone.
static GO_NOUN: Pattern = Pattern::new(
    "(ton|votre|ta|un|le)? (feu vert|go|aval|accord|top depart|validation|ok) (pour|sur|avant)",
);
/// "Je ne sais pas quoi faire pour le devis": not knowing what to do…
static NOT_KNOW: Pattern = Pattern::new(
    "(je sais pas|je ne sais pas|jsais pas|j' sais pas|je sais plus|je ne sais plus|jsais plus|je sais vraiment pas|je ne sais vraiment pas|je ne sais trop|je sais pas trop|je ne sais pas trop|chais pas|sais pas|je ne vois pas|je vois pas) (trop)? (quoi|que|comment|si je|si j'|si on|par ou|par quoi|quelle|quel|lequel|laquelle)",
);
/// … with the reader asked to say: "… tu me dis", "…, une idée ?".
static SAY_SO: Pattern = Pattern::new(
    "(tu me dis|vous me dites|tu me diras|vous me direz|dis moi|dites moi|une idee|des idees|un conseil|des conseils|une suggestion|un avis|ton avis|votre avis|tu en penses quoi|vous en pensez quoi|t' en penses quoi|aide moi|aidez moi|tu peux m' aider|vous pouvez m' aider|help)",
);

/// Leave asked whatever the punctuation ("Dis-moi si je peux…", "Merci de
/// me confirmer que je peux…", "Ai-je le droit de…").
static LEAVE: [Pattern; 2] = [
    Pattern::new("(dis moi|dites moi|dis nous|dites nous|vous me dites|tu me dis|vous me direz|tu me diras|merci de me dire|merci de me confirmer|merci de nous confirmer|confirme moi|confirmez moi|tu me confirmes|vous me confirmez|pouvez vous me confirmer|peux tu me confirmer|pourriez vous me confirmer) (si|s'|que|qu') (je|j'|nous|on) (peux|pourrais|peut|pouvons|pourrions|dois|doit|devons)"),
    Pattern::new("(ai je|avons nous|a t on|est ce que j' ai|est ce qu' on a|est ce que nous avons) le droit (de|d')"),
];
/// The go-ahead itself asked for: "Tu me donnes le feu vert pour… ?",
/// "J'aurais besoin de votre validation avant d'envoyer…".
static GO_AHEAD: [Pattern; 4] = [
    Pattern::new("(ai je|avons nous|a t on|est ce que j' ai|est ce qu' on a|est ce que nous avons|j' ai|nous avons|on a) (bien)? (votre|ton|ta|vos|l') (feu vert|accord|autorisation|aval|go|ok|validation|approbation|permission)"),
    Pattern::new("(merci de me donner|merci de nous donner|merci de m' accorder|merci de nous accorder|tu me donnes|vous me donnez|me donnes tu|me donnez vous|tu nous donnes|vous nous donnez|nous donnez vous|tu peux me donner|vous pouvez me donner|pouvez vous me donner|peux tu me donner|pourriez vous me donner) (le|ton|votre|ta|un|l')? (go|feu vert|accord|autorisation|ok|aval|validation)"),
    Pattern::new("(j' aurais besoin|j' ai besoin|nous aurions besoin|nous avons besoin|on aurait besoin|on a besoin|j' aimerais|je voudrais|je souhaiterais|nous voudrions|nous aimerions|nous souhaiterions|j' aimerais avoir|j' aimerais obtenir|je voudrais avoir|je voudrais obtenir|je souhaiterais avoir|je souhaite avoir|nous aimerions avoir|je te demande|je vous demande|je me permets de vous demander|je me permets de te demander|je sollicite|j' attends|nous attendons|on attend) (de|d')? (votre|ton|ta|vos|tes) (feu vert|validation|accord|autorisation|aval|go|ok|approbation|permission)"),
    Pattern::new("(donne moi|donnez moi|donne nous|donnez nous) (le|ton|votre|ta|un|l')? (go|feu vert|accord|autorisation|ok|aval|validation)"),
];
/// What a day off is called after "avoir mon…": "Puis-je avoir mon vendredi ?".
const TIME_OFF: &str = "lundi mardi mercredi jeudi vendredi samedi dimanche journee apres matinee soiree conge conges week weekend pont";

/// Verbs a "je vous…" offer serves with: "Puis-je vous proposer un verre ?",
/// "Je peux vous renseigner ?".
const SERVE: &str = "laisser chercher aider renseigner proposer offrir apporter servir accompagner raccompagner conduire deposer montrer debarrasser installer guider orienter reserver preparer expliquer resservir filer preter";

/// Verbs after a first-person subject that state a fact, a view or a
/// wish rather than a next step: "Je suis en retard ?", "Je sais ?".
const NOT_STEPS: &str = "suis sommes ai avons a es est sais savons sait pense pensons crois croyons trouve trouvons vois voyons comprends connais espere esperons veux voulons veut voudrais voudrions aime aimerais ne n' serai serais sera serons etais etait avais avait peux pouvons peut pourrais pourrait pourrions puis dois devons doit devrais devrait devrions me m' se s' vous te t' l' le la les lui leur y en nous";

/// Words before a second-person object pronoun that mark an offer.
const YOU: &str = "vous te t'";

/// A request for one's own action in another frame: "Ça vous ennuie que
/// je…", "Vous permettez que je…", "Y a-t-il un souci si je…", "T'en dis
/// quoi si je…", "Ok pour que je…": the verb after the subject becomes
/// the plan, as for `ASK_IF`.
static ASK_THAT: [Pattern; 7] = [
    Pattern::new("(est ce que|est ce qu')? (ca|cela) (ne)? (vous|te|t')? (va|irait|derange|derangerait|gene|generait|embete|embeterait|ennuie|ennuierait|convient|conviendrait|joue|jouerait|marche|marcherait|passe|passerait|pose probleme|poserait probleme) (pas)? (il)? (si|s'|que|qu') (je|j'|nous|on)"),
    Pattern::new("(c' est|c|cest|ce serait|ca serait|ca|ce sera)? (ok|okay|bon|correct|possible|jouable|faisable|envisageable|d' accord|good) (pour toi|pour vous)? (si|s'|pour que|pour qu'|que|qu') (je|j'|nous|on)"),
    Pattern::new("(est ce que)? (serait il|est il|ce serait|c' est|il serait|il est|est ce|serait ce) (possible|envisageable|jouable|faisable) (que|qu') (je|j'|nous|on)"),
    Pattern::new("(est ce qu')? (y aurait il|y a t il|il y a|il y aurait|il y aurait pas|y a) (pas)? (moyen) (que|qu') (je|j'|nous|on)"),
    Pattern::new("(est ce que|est ce qu')? (vous permettez|tu permets|permettez vous|permets tu|vous me permettez|tu me permets|accepteriez vous|acceptez vous|vous acceptez|tu acceptes|acceptes tu|accepterais tu|tu accepterais|vous accepteriez|accepterez vous|tu valides|vous validez|valides tu|validez vous|tu es ok|t' es ok|vous etes ok) (que|qu') (je|j'|nous|on)"),
    Pattern::new("(est ce qu')? (y a t il|il y a|y aurait il|il y aurait|il y a t il|ca pose|ca poserait|cela pose|cela poserait|ca pose t il|cela pose t il|cela poserait il) (un|des|une)? (souci|soucis|probleme|problemes|inconvenient|objection|empechement) (si|s'|a ce que|a ce qu') (je|j'|nous|on)"),
    Pattern::new("(t' en dis quoi|tu en dis quoi|tu en penses quoi|t' en penses quoi|vous en pensez quoi|qu' en penses tu|qu' en pensez vous|qu' en dites vous|qu' en dis tu|vous verriez un inconvenient|verriez vous un inconvenient|vous voyez un inconvenient|voyez vous un inconvenient|verriez vous une objection|voyez vous une objection|vous voyez une objection) (si|s'|a ce que|a ce qu') (je|j'|nous|on)"),
];

/// "Tu veux que je…", "Vous préférez que je…", "Que voulez-vous que je
/// fasse… ?": what the reader wants me to do, asked.
static WANTS: Pattern = Pattern::new(
    "(dis moi|dites moi)? (ce que|ce qu'|que|qu'|qu' est ce que|qu' est ce qu'|comment)? (tu veux|vous voulez|voulez vous|veux tu|tu voudrais|vous voudriez|voudriez vous|voudrais tu|tu preferes|vous preferez|preferez vous|preferes tu|tu prefererais|vous prefereriez|prefereriez vous|souhaitez vous|vous souhaitez|tu souhaites|t' veux) (que|qu') (je|j'|nous|on)",
);

/// The choice handed over: "À toi de voir", "Je vous laisse décider".
static HAND_UP: [Pattern; 6] = [
    Pattern::new("(vous decidez|tu decides|decidez vous|decides tu|vous tranchez|tu tranches|tranchez vous)"),
    Pattern::new("(c' est|c est|cest|ce sera)? (a toi|a vous) de (voir|decider|juger|trancher|choisir)"),
    Pattern::new("(je te|je vous|je t') laisse (juge|seul juge|seule juge)"),
    Pattern::new("(je ferai|je fais|on fera|on fait|nous ferons|je m' adapterai) (ce que|ce qu'|comme) (vous|tu) (direz|diras|decidez|decides|deciderez|decideras|voulez|veux|voudrez|voudras|preferez|preferes)"),
    Pattern::new("(c' est|c) (toi|vous) qui (decides|decidez|vois|voyez|tranches|tranchez|choisis|choisissez)"),
    Pattern::new("(je te|je vous|je t'|on te|on vous|on t') (laisse|laisses) (decider|trancher|juger)"),
];
/// The same with a question: "Je te laisse choisir ?".
static HAND_UP_ASKED: Pattern = Pattern::new("(je te|je vous|je t') laisse (choisir|voir)");

/// Asks for instructions in any frame: "Vous me dites ce que je dois
/// faire", "Tu me dis si je dois…", "Dites-moi comment procéder",
/// "…m'indiquer la conduite à tenir", "Que me conseillez-vous ?".
static TELL_FRAME: [Pattern; 8] = [
    Pattern::new("(vous me conseillez|tu me conseilles|vous me recommandez|tu me recommandes|vous me suggerez|tu me suggeres) (quoi|de|d')"),
    Pattern::new("(quelle est|quelle serait|quelle sera|c' est quoi|c est quoi) (la marche a suivre|la conduite a tenir|la procedure a suivre)"),
    Pattern::new("(j' ai besoin|j' aurais besoin|nous avons besoin|nous aurions besoin|on a besoin|il me faut|il me faudrait|il nous faut|il nous faudrait) (de|d') (vos|tes|votre|ta|ton) (instructions|consignes|directives|indications|decision)"),
    Pattern::new("(vous me dites|tu me dis|vous pouvez me dire|tu peux me dire|pouvez vous me dire|peux tu me dire|pourriez vous me dire|pourrais tu me dire|vous pourriez me dire|tu pourrais me dire|merci de me dire|merci de nous dire|dites moi|dis moi|dites nous|dis nous|indiquez moi|indique moi|vous m' indiquez|tu m' indiques|vous me direz|tu me diras|me dire|m' indiquer|me preciser|nous dire|nous indiquer) (ce que|ce qu'|quoi|comment) (je|j'|nous|on)"),
    Pattern::new("(vous me dites|tu me dis|vous pouvez me dire|tu peux me dire|pouvez vous me dire|peux tu me dire|pourriez vous me dire|merci de me dire|dites moi|dis moi|dites nous|dis nous|vous me direz|tu me diras|me dire|m' indiquer|me preciser) (si|s') (je|j'|nous|on) (dois|doit|devons|devrais|devrait|devrions|faut)"),
    Pattern::new("(dites moi|dis moi|dites nous|dis nous|indiquez moi|indique moi|vous me dites|tu me dis|me dire|m' indiquer|me preciser|nous dire|nous indiquer|m' expliquer|me montrer) (comment proceder|comment faire|comment agir|comment reagir|comment m' y prendre|comment nous y prendre|la conduite a tenir|la marche a suivre|la procedure a suivre|que faire|quoi faire|ce qu' il faut faire|ce qu' il me faut faire)"),
    Pattern::new("(qu' est ce que|que|qu') (vous me|tu me|vous nous|tu nous) (conseillez|conseilles|recommandez|recommandes|suggerez|suggeres)"),
    Pattern::new("(que|qu') (me|m'|nous) (conseillez|conseilles|recommandez|recommandes|suggerez|suggeres) (vous|tu)"),
];
/// "Vous auriez une consigne pour… ?": instructions asked for by name.
static GUIDANCE: Pattern = Pattern::new(
    "(vous auriez|auriez vous|avez vous|vous avez|tu aurais|aurais tu|as tu|tu as|t' as|t' aurais|vous n' auriez pas|est ce que vous avez|est ce que tu as|il y a|y a t il) (une|des|un)? (consigne|consignes|instruction|instructions|directive|directives|conseil|conseils|recommandation|recommandations) (pour|sur|concernant|a propos|au sujet)",
);
/// "Que dois-je répondre… ?": what to do, with any verb.
static TELL_WHAT_VERB: [Pattern; 2] = [
    Pattern::new("(que|qu') (dois|devrais|devons|devrions|doit|devrait) (je|nous|on)"),
    Pattern::new(
        "qu' est ce (que|qu') (je|j'|nous|on) (dois|devrais|devons|devrions|doit|devrait)",
    ),
];
/// "Comment je m'y prends pour… ?": how, with the writer as subject.
static HOW_I: Pattern = Pattern::new("comment (est ce que|est ce qu')? (je|j'|on|nous)");
/// "Quelle suite je donne à… ?".
static WHICH_I: Pattern = Pattern::new("(quel|quelle|quels|quelles) _ (_)? (_)? (je|j'|on|nous)");
/// "Par quoi je commence ?", "Lequel je prends ?", "Que faire ?".
static WHAT_FIRST: [Pattern; 2] = [
    Pattern::new("(par quoi|avec quoi|de quoi|sur quoi|quoi|lequel|laquelle|lesquels|lesquelles|a qui|a quel moment) (est ce que|est ce qu')? (je|j'|on|nous)"),
    Pattern::new("(que|quoi) faire"),
];
/// "Est-ce que je…", "Faut-il que je…": openings of a bare question about
/// the writer's next step.
static BARE_OPEN: Pattern = Pattern::new(
    "(est ce que|est ce qu'|il faut que|il faut qu'|faut que|faut qu'|faut il que|faut il qu'|est ce qu' il faut que|est ce qu' il faut qu')",
);

/// Leave and approval in a letter's frames, anywhere in the sentence.
static FORMAL: [Pattern; 9] = [
    // "Je me permets de vous demander l'autorisation de…", "Nous
    // sollicitons votre accord pour…".
    Pattern::new("(solliciter|sollicite|sollicitons|demander|demande|demandons|obtenir|avoir|recevoir) (votre|ton|ta|vos|tes|l'|la) (bien)? (autorisation|accord|permission|aval|feu vert|approbation|validation|benediction|go|ok|visa)"),
    // "…de bien vouloir m'autoriser à…".
    Pattern::new("(m'|nous) (autoriser|autoriseriez|autoriseriez vous|autoriserez) (a)"),
    Pattern::new("(bien vouloir|l' amabilite de|l' amabilite d'|la gentillesse de|la bonte de) (me|m'|nous) (permettre|accorder|laisser)"),
    Pattern::new("(accordez|accorde) (moi|nous)"),
    Pattern::new("(vous m'|tu m'|vous nous|tu nous|m'|nous) (accordez|accordes|accorderiez|accorderais|accordez vous|accorderiez vous|accordes tu)"),
    Pattern::new("(me serait il|m' est il|il m' est|il me serait|nous serait il|nous est il|il nous est|il nous serait|il me sera|me sera t il) (possible|envisageable|permis) (de|d')"),
    Pattern::new("(suis je|sommes nous|est on|je suis|je serais|nous sommes|on est) (bien)? (autorise|autorisee|autorises|autorisees|autorise e) (a)"),
    Pattern::new("(vous|tu) (me|m'|nous) (laissez|laisses|laisseriez|laisserais)"),
    Pattern::new("(demande|demandons|demander|solliciter|sollicite|sollicitons) (a|de) pouvoir"),
];
/// "…s'il serait possible d'utiliser…": a possibility asked for an
/// action the writer names (with "je" before: "Serait-il possible de
/// réserver en ligne ?" asks about the service).
static POSSIBLE_TO: Pattern = Pattern::new(
    "(s' il serait|s' il est|s' il etait|serait il|est il|il serait|est ce qu' il est|est ce qu' il serait) (possible|envisageable) (de|d')",
);
/// "Je vous soumets mon planning pour validation."
static SUBMIT: Pattern = Pattern::new(
    "(je|nous) (vous|te|t')? (soumets|soumettons|transmets|transmettons|envoie|envoyons|adresse|adressons)",
);
/// "Vous validez mon planning ?": approval of one's own thing.
static APPROVE_MINE: Pattern = Pattern::new(
    "(vous validez|tu valides|validez vous|valides tu|vous approuvez|tu approuves|approuvez vous|approuves tu|tu me valides|vous me validez) (mon|ma|mes|notre|nos)",
);

fn lead(we: bool) -> &'static str {
    if we {
        "Nous avons l'intention"
    } else {
        "J'ai l'intention"
    }
}

fn says_we(s: &Sent, from: usize, to: usize) -> bool {
    (from..to).any(|k| matches!(s.w(k), "nous" | "on"))
}

/// "de" before `body`, elided before a vowel or a silent h.
fn de(body: &str) -> String {
    let first = fold_accents(&body.to_lowercase());
    let aspirate = ["hausser", "hacher", "hair", "heurter", "harceler", "hurler"];
    let elide = first.starts_with(['a', 'e', 'i', 'o', 'u', 'y'])
        || (first.starts_with('h') && !aspirate.iter().any(|a| first.starts_with(a)));
    if elide {
        format!("d'{body}")
    } else {
        format!("de {body}")
    }
}

fn infinitive(word: &str) -> bool {
    const NOT_VERBS: &str =
        "votre notre autre entre contre hier premier premiere dernier derniere soir plaisir";
    word.len() > 3
        && ["er", "ir", "re", "oir"].iter().any(|e| word.ends_with(e))
        && !is_in(word, NOT_VERBS)
}

/// The action from `from` to the clause's end: object pronouns, then an
/// infinitive that is not a courtesy. Returns the text from `from`.
fn action<'a>(s: &Sent<'a>, from: usize, stop: usize) -> Option<&'a str> {
    let from = skip(
        s,
        from,
        "bien juste simplement aussi egalement vraiment donc plutot deja quand meme encore directement maintenant",
    );
    let v = skip(s, from, PRONOUNS);
    // "me permettre de m'absenter": the plan is what follows.
    if s.w(v) == "permettre" && v > from && is_in(s.w(v + 1), "de d'") {
        return action(s, v + 2, stop);
    }
    if v >= stop || !infinitive(s.w(v)) || courtesy(s, v, stop) {
        return None;
    }
    let mut end = stop;
    while end > from && is_in(s.w(end - 1), SOFTENERS) {
        end -= 1;
    }
    // "… ou pas": the alternative goes.
    if end > from + 2 && s.w(end - 2) == "ou" && is_in(s.w(end - 1), "pas non") {
        end -= 2;
    }
    Some(s.span(from, end))
}

/// Whether the infinitive at `v` makes a courtesy or a question, judged by
/// what follows where the verb alone cannot tell: "poser une question"
/// (but "poser mon vendredi" takes a day off), "informer que …" (but
/// "informer les parents" acts).
fn courtesy(s: &Sent, v: usize, stop: usize) -> bool {
    let next = |k: usize| {
        (v + 1..stop.min(v + 1 + k))
            .map(|j| s.w(j))
            .collect::<Vec<_>>()
    };
    match s.w(v) {
        "poser" => next(3).iter().any(|w| is_in(w, "question questions")),
        // "rappeler que…" reminds; "rappeler le client" calls back.
        "rappeler" => next(1).first().is_none_or(|w| is_in(w, "que qu' a au aux")),
        // "avoir mon vendredi" takes a day off; "avoir le numéro" asks for a thing.
        "avoir" | "obtenir" => {
            let n = next(3);
            !(n.first().is_some_and(|w| is_in(w, "mon ma mes notre nos"))
                && n.get(1).is_some_and(|w| is_in(w, TIME_OFF)))
        }
        "informer" => v + 1 >= stop || is_in(s.w(v + 1), "que qu' de d' du des"),
        w => is_in(w, NOT_ACTIONS),
    }
}

/// The infinitive of a verb in a "si je …" clause, as written in French.
fn from_finite(word: &str, raw: &str) -> Option<String> {
    const IRREGULAR: &[(&str, &str)] = &[
        ("pars partons", "partir"),
        ("prends prenons", "prendre"),
        ("fais faisons", "faire"),
        ("vais allons", "aller"),
        ("viens venons", "venir"),
        ("reviens revenons", "revenir"),
        ("sors sortons", "sortir"),
        ("mets mettons", "mettre"),
        ("remets remettons", "remettre"),
        ("finis finissons", "finir"),
        ("choisis choisissons", "choisir"),
        ("ecris ecrivons", "écrire"),
        ("lis lisons", "lire"),
        ("dis disons", "dire"),
        ("envoie envoyons", "envoyer"),
        ("renvoie renvoyons", "renvoyer"),
        ("paie paye payons", "payer"),
        ("essaie essaye essayons", "essayer"),
        ("appelle appelons", "appeler"),
        ("rappelle rappelons", "rappeler"),
        ("suis sommes", "être"),
        ("ai avons", "avoir"),
        ("reponds repondons", "répondre"),
        ("attends attendons", "attendre"),
        ("rends rendons", "rendre"),
        ("recois recevons", "recevoir"),
        ("ouvre ouvrons", "ouvrir"),
        ("offre offrons", "offrir"),
        ("fasse fassions", "faire"),
        ("prenne prenions", "prendre"),
        ("aille allions", "aller"),
        ("parte partions", "partir"),
        ("sorte sortions", "sortir"),
        ("mette mettions", "mettre"),
        ("vienne venions", "venir"),
        ("dise disions", "dire"),
        ("ecrive ecrivions", "écrire"),
        ("sois soyons", "être"),
        ("aie ayons", "avoir"),
        ("reponde repondions", "répondre"),
        ("attende attendions", "attendre"),
        ("finisse finissions", "finir"),
    ];
    if let Some((_, inf)) = IRREGULAR.iter().find(|(forms, _)| is_in(word, forms)) {
        return Some((*inf).to_string());
    }
    // "si je partais": the imperfect does not tell the verb's group.
    if word.len() > 4 && (word.ends_with("ais") || word.ends_with("ait")) {
        return None;
    }
    // Families by their ending: "reprends" and "comprenne" like
    // "prendre", "transmets" like "mettre", "préviens" like "venir".
    const ENDINGS: &[(&str, &str)] = &[
        ("prends", "prendre"),
        ("prend", "prendre"),
        ("prenne", "prendre"),
        ("mets", "mettre"),
        ("mette", "mettre"),
        ("viens", "venir"),
        ("vient", "venir"),
        ("vienne", "venir"),
        ("tiens", "tenir"),
        ("tienne", "tenir"),
        ("uie", "uyer"),
        ("oie", "oyer"),
        ("ouvre", "ouvrir"),
        ("ds", "dre"),
    ];
    for (end, inf) in ENDINGS {
        if let Some(stem) = raw
            .strip_suffix(end)
            .filter(|s| !s.is_empty() || end.len() > 3)
        {
            return Some(format!("{stem}{inf}"));
        }
    }
    if word.ends_with('e') && word.len() > 2 {
        // "transfère" is "transférer", "lève" stays "lever".
        const GRAVE_E: &str = "lever mener peser semer acheter geler peler enlever relever soulever amener emmener ramener promener";
        let inf = format!("{raw}r");
        let Some(at) = inf.rfind('è') else {
            return Some(inf);
        };
        let mut fixed = inf.clone();
        let plain = !is_in(&fold_accents(&inf), GRAVE_E);
        fixed.replace_range(at..at + 'è'.len_utf8(), if plain { "é" } else { "e" });
        return Some(fixed);
    }
    if word.len() > 4 && word.ends_with("is") {
        return raw.strip_suffix('s').map(|stem| format!("{stem}r"));
    }
    if let Some(stem) = raw.strip_suffix("ions").filter(|s| s.len() > 2) {
        return Some(format!("{stem}er"));
    }
    let stem = raw.strip_suffix("ons")?;
    let stem = stem
        .strip_suffix('ç')
        .map_or(stem.to_string(), |s| format!("{s}c"));
    let stem = stem
        .strip_suffix("ge")
        .map_or(stem.clone(), |s| format!("{s}g"));
    Some(format!("{stem}er"))
}

fn detect(s: &Sent) -> Option<Hit> {
    let chat = !s.text[s.range.clone()].trim_end().ends_with(['.', '!']);
    let asks = s.question || chat;
    for i in 0..s.toks.len() {
        if !is_word(&s.toks[i]) || !s.opens_clause(i, FILLERS) {
            continue;
        }
        if s.any_before(i, REPORTING) && !s.any_before(i, "je j' nous on") {
            return None;
        }
        // "J'attends ton OK pour lancer…": waiting on a go-ahead for a
        // named plan hands that plan up.
        if s.at(&WAIT_PLAN, i).is_some() {
            if let Some(hit) = go_ahead(s, i, asks) {
                return Some(hit);
            }
        }
        if let Some(hit) = tell_me(s, i) {
            return Some(hit);
        }
        // Leave and the go-ahead asked in the forms of `LEAVE` and `GO_AHEAD`.
        if let Some(hit) = go_ahead(s, i, asks) {
            return Some(hit);
        }
        let ask = s
            .at_any(&ASK, i)
            .filter(|_| asks || is_in(s.w(i), "je j' nous"))
            .or_else(|| s.at(&ASK_TONE, i).filter(|_| asks))
            .or_else(|| s.at(&ASK_TONE_CHAT, i).filter(|_| asks));
        if let Some(end) = ask.filter(|&end| !offer(s, end)) {
            let stop = s.clause_end(end);
            let we = says_we(s, i, end);
            // "Je dois faire quoi des copies ?" asks what to do.
            let what = |k: usize| {
                is_in(s.w(k), "quoi koi") || (s.w(k) == "comment" && s.w(k - 1) == "faire")
            };
            if let Some(q) = (end..stop).find(|&k| what(k)) {
                return Some(Hit {
                    cue: i..q + 1,
                    tell_me: true,
                    rewrite: topic_gap(s, i, q + 1, stop, we),
                });
            }
            if stop == end && s.question {
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: format!("{} de {GAP}", lead(we)),
                });
            }
            if let Some(body) = action(s, end, stop) {
                let rest = rest_after(s, stop, SOFTENERS);
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!("{} {}{rest}", lead(we), de(body))),
                });
            }
        }
        if let Some(end) = s.at_any(&ASK_IF, i).filter(|_| asks) {
            let stop = s.clause_end(end);
            let we = says_we(s, end - 1, end);
            let v = skip(s, end, PRONOUNS);
            if v < stop {
                let rewrite = match as_infinitive(s, end, v, stop) {
                    Some(body) => {
                        let rest = rest_after(s, stop, SOFTENERS);
                        finish(&format!("{} {}{rest}", lead(we), de(&body)))
                    }
                    None => format!("{} de {GAP}", lead(we)),
                };
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite,
                });
            }
        }
        if let Some(end) = s.at_any(&WISH, i) {
            let stop = s.clause_end(end);
            if let Some(body) = action(s, end, stop) {
                let we = says_we(s, i, end);
                let rest = rest_after(s, stop, SOFTENERS);
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!("{} {}{rest}", lead(we), de(body))),
                });
            }
        }
        if let Some(end) = s.at_any(&APPROVE, i) {
            let stop = s.clause_end(end);
            // "Pourriez-vous signer le bon de commande ?" asks the reader
            // to act; "… signer ma demande ?" asks approval of mine.
            let theirs = (s.w(end - 1) == "signer"
                && !is_in(s.w(i), "merci veuillez")
                && !is_in(s.w(end), "ma mon mes notre nos"))
                || is_in(s.w(end), "votre vos ton ta tes")
                // "Validé pour moi": approval given.
                || (is_in(s.w(end), "pour par") && is_in(s.w(end + 1), "moi nous"));
            if theirs {
                continue;
            }
            let mut last = stop;
            while last > end && is_in(s.w(last - 1), SOFTENERS) {
                last -= 1;
            }
            if last > end {
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!(
                        "J'ai l'intention d'aller de l'avant avec {}",
                        s.span(end, last)
                    )),
                });
            }
        }
        if let Some(hit) = mine(s, i, asks).or_else(|| lost(s, i)) {
            return Some(hit);
        }
        if let Some(hit) = more(s, i, asks) {
            return Some(hit);
        }
    }
    formal(s, asks)
}

/// "J'ai l'intention d'aller de l'avant avec …" for the words from `from`
/// to `to`, or the lead and the gap when there are none.
fn go_with(s: &Sent, from: usize, to: usize, we: bool) -> String {
    let what = s.span(from, to);
    let mut chars = what.chars();
    match chars.next() {
        // "Mon plan…" opening the sentence goes in lower case.
        Some(c) => {
            let what: String = if is_in(s.w(from), "mon ma mes notre nos") {
                c.to_lowercase().chain(chars).collect()
            } else {
                what.to_string()
            };
            finish(&format!("{} d'aller de l'avant avec {what}", lead(we)))
        }
        None => format!("{} de {GAP}", lead(we)),
    }
}

/// Approval of the writer's own thing, asked at clause `i`: "Mon plan pour
/// la réserve te convient ?", "Est-ce que ma version vous va ?", "T'es ok
/// avec mon idée de… ?", "Feu vert pour la mise en prod ?".
fn mine(s: &Sent, i: usize, asks: bool) -> Option<Hit> {
    if !asks {
        return None;
    }
    let p = s.at(&BARE_OPEN, i).unwrap_or(i);
    if is_in(s.w(p), "mon ma mes notre nos") {
        // The reader's verdict on it, after the thing named (perhaps
        // taken up again: "Ma version, elle vous va ?").
        let hit = (p + 2..s.toks.len()).find_map(|k| {
            let end = s.at(&SUITS, k)?;
            let pronoun = is_in(s.w(k), "te vous t'") || is_in(s.w(k + 1), "te vous t'");
            (pronoun && s.only_marks_from(end)).then_some((k, end))
        });
        if let Some((k, end)) = hit {
            let to = (p..k)
                .rev()
                .find(|&j| is_word(&s.toks[j]))
                .map_or(k, |j| j + 1);
            return Some(Hit {
                cue: k..end,
                tell_me: false,
                rewrite: go_with(s, p, to, says_we(s, p, p + 1) || s.w(p) == "notre"),
            });
        }
    }
    if let Some(end) = s.at(&OK_WITH, i) {
        if is_in(s.w(end), "mon ma mes notre nos") {
            let stop = s.clause_end(end);
            return Some(Hit {
                cue: i..end,
                tell_me: false,
                rewrite: go_with(s, end, stop, false),
            });
        }
    }
    // "OK pour que je…" is read by `ASK_THAT`; "ok pour moi" agrees.
    let go = s
        .at(&GO_NOUN, i)
        .filter(|&end| !is_in(s.w(end), "que qu' moi toi vous nous lui"));
    if let Some(end) = go {
        let stop = s.clause_end(end);
        let from = skip(s, end, "de d'");
        let rewrite = match action(s, from, stop) {
            Some(body) => finish(&format!("{} {}", lead(false), de(body))),
            None => go_with(s, end, stop, false),
        };
        return Some(Hit {
            cue: i..end - 1,
            tell_me: false,
            rewrite,
        });
    }
    None
}

/// "Je ne sais pas quoi faire pour le devis, tu me dis ?": not knowing
/// what to do, with the reader asked to say (or a question mark).
fn lost(s: &Sent, i: usize) -> Option<Hit> {
    let end = s.at(&NOT_KNOW, i)?;
    let say = (end..s.toks.len()).find(|&k| s.at(&SAY_SO, k).is_some());
    if say.is_none() && !s.question {
        return None;
    }
    let from = skip(s, end, "faire je j' on dois doit devons");
    let stop = s.clause_end(end).min(say.unwrap_or(s.toks.len()));
    let topic = s.span(from, stop);
    let we = says_we(s, end - 1, end);
    let starts_topic = is_in(s.w(from), "pour avec de du des sur concernant");
    let rewrite = if starts_topic && !topic.is_empty() {
        let mut chars = topic.chars();
        let first: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        format!("{first}, {} de {GAP}", lower_lead(we))
    } else {
        format!("{} de {GAP}", lead(we))
    };
    Some(Hit {
        cue: i..end,
        tell_me: true,
        rewrite,
    })
}

/// Whether the words after an ask ending at `end` offer the reader a
/// service: "Puis-je vous proposer…", "Je peux vous renseigner ?".
fn offer(s: &Sent, end: usize) -> bool {
    let v = skip(s, end, PRONOUNS);
    // "venir te chercher", "passer vous prendre".
    let comes = is_in(s.w(v), "venir aller passer") && is_in(s.w(v + 1), YOU);
    // "vous donner un coup de main": help offered.
    let helps = (v..s.clause_end(v)).any(|k| s.w(k) == "coup" && is_in(s.w(k + 2), "main pouce"));
    let you = (end..v).any(|k| is_in(s.w(k), YOU));
    comes || (you && (is_in(s.w(v), SERVE) || helps))
}

/// The finite verb at `v` as an infinitive, with the pronouns from `from`
/// before it and the words after it up to `stop`: "l'envoyer", "le
/// renvoyer au contrôle".
fn as_infinitive(s: &Sent, from: usize, v: usize, stop: usize) -> Option<String> {
    let inf = from_finite(s.w(v), &s.raw(v).to_lowercase())?;
    let mut body = String::new();
    for k in from..v {
        let raw = s.raw(k).to_lowercase();
        let elided = raw.ends_with(['\'', '’']);
        body.push_str(&raw);
        if !elided {
            body.push(' ');
        }
    }
    body.push_str(&inf);
    let after = s.span(v + 1, stop);
    if !after.is_empty() {
        body.push(' ');
        body.push_str(after);
    }
    Some(body)
}

/// The first "ou" from `from` (an alternative: "je relance ou pas"), or
/// `stop`.
fn until_or(s: &Sent, from: usize, stop: usize) -> usize {
    (from..stop).find(|&k| s.w(k) == "ou").unwrap_or(stop)
}

fn lower_lead(we: bool) -> String {
    let l = lead(we);
    format!("{}{}", l[..1].to_lowercase(), &l[1..])
}

/// The lead, after the words before clause `i` when they say something
/// ("La campagne est prête, j'ai l'intention…"); not after a colon, a
/// question or greetings alone.
fn lead_after(s: &Sent, i: usize, we: bool) -> String {
    let before = s.span(0, i).trim_end();
    let says = (0..i).any(|k| is_word(&s.toks[k]) && !is_in(s.w(k), FILLERS));
    if says && !before.ends_with([':', '?', '!']) {
        format!("{before} {}", lower_lead(we))
    } else {
        lead(we).to_string()
    }
}

/// "Avec ce client, j'ai l'intention de …": the words before the clause,
/// or else those from `from` to `stop`, as the topic, then the gap.
fn topic_gap(s: &Sent, i: usize, from: usize, stop: usize, we: bool) -> String {
    let head = lead_after(s, i, we);
    if head != lead(we) {
        return format!("{head} de {GAP}");
    }
    let topic = s.span(from, stop);
    let mut chars = topic.chars();
    match chars.next() {
        Some(c) => {
            let first: String = c.to_uppercase().chain(chars).collect();
            format!("{first}, {} de {GAP}", lower_lead(we))
        }
        None => format!("{} de {GAP}", lead(we)),
    }
}

/// The asks read at the start of clause `i` beyond the classic forms:
/// other frames of "… si je", what the reader wants me to do, the choice
/// handed over, how or what I should do, and bare questions about my
/// next step.
fn more(s: &Sent, i: usize, asks: bool) -> Option<Hit> {
    if let Some(end) = s.at_any(&ASK_THAT, i).filter(|_| asks) {
        let stop = s.clause_end(end);
        let we = says_we(s, end - 1, end);
        let v = skip(s, end, PRONOUNS);
        let rewrite = match as_infinitive(s, end, v, stop).filter(|_| v < stop) {
            Some(body) => finish(&format!(
                "{} {}{}",
                lead(we),
                de(&body),
                rest_after(s, stop, SOFTENERS)
            )),
            None => format!("{} de {GAP}", lead(we)),
        };
        return Some(Hit {
            cue: i..end,
            tell_me: false,
            rewrite,
        });
    }
    if let Some(end) = s.at(&WANTS, i) {
        let told = is_in(s.w(i), "dis dites");
        let v = skip(s, end, PRONOUNS);
        // "Voulez-vous que je vous raccompagne ?", "… que je réserve la
        // salle ?": offers.
        let inf = from_finite(s.w(v), &s.raw(v).to_lowercase()).unwrap_or_default();
        let serves = (end..v).any(|k| is_in(s.w(k), YOU)) || is_in(&fold_accents(&inf), SERVE);
        if (asks || told) && !serves && v < s.toks.len() {
            let stop = s.clause_end(end);
            let we = says_we(s, end - 1, end);
            let what = (i..end.saturating_sub(2)).any(|k| is_in(s.w(k), "que qu' comment"));
            let rewrite = if what || is_in(s.w(v), "fasse fassions") {
                topic_gap(s, i, v + 1, stop, we)
            } else {
                match as_infinitive(s, end, v, until_or(s, v + 1, stop)) {
                    Some(body) => finish(&format!("{} {}", lead(we), de(&body))),
                    None => format!("{} de {GAP}", lead(we)),
                }
            };
            return Some(Hit {
                cue: i..end,
                tell_me: true,
                rewrite,
            });
        }
    }
    let handed = s
        .at_any(&HAND_UP, i)
        .or_else(|| s.at(&HAND_UP_ASKED, i).filter(|_| s.question));
    if let Some(end) = handed {
        let stop = s.clause_end(end);
        return Some(Hit {
            cue: i..end,
            tell_me: true,
            rewrite: topic_gap(s, i, end, stop, false),
        });
    }
    if let Some(end) = s.at(&GUIDANCE, i).filter(|_| s.question) {
        let stop = s.clause_end(end);
        return Some(Hit {
            cue: i..end - 1,
            tell_me: true,
            rewrite: topic_gap(s, i, end - 1, stop, says_we(s, i, end)),
        });
    }
    if let Some(end) = s.at_any(&TELL_WHAT_VERB, i) {
        let stop = s.clause_end(end);
        let we = says_we(s, i, end);
        // "Que dois-je dire au client ?" asks what to say, too.
        if infinitive(s.w(skip(s, end, PRONOUNS))) {
            let rewrite = match action(s, end, stop) {
                Some(body) => format!("{} {} ainsi\u{a0}: {GAP}", lead(we), de(body)),
                None => format!("{} de {GAP}", lead(we)),
            };
            return Some(Hit {
                cue: i..end,
                tell_me: true,
                rewrite,
            });
        }
    }
    if let Some(end) = s.at(&HOW_I, i).filter(|_| asks) {
        let v = skip(s, end, PRONOUNS);
        let stop = s.clause_end(end);
        let info = "peux peut pouvons pourrais pourrait pourrions puis sais savons vais va";
        if v < stop && !is_in(s.w(v), info) {
            let we = says_we(s, end - 1, end);
            // "…pour annoncer la fermeture": the plan after "pour".
            let plan = if is_in(s.w(v), "dois doit devons devrais devrait devrions") {
                action(s, v + 1, stop)
            } else {
                // "pour la clôture du mois" names no verb.
                (v..stop)
                    .find(|&k| s.w(k) == "pour")
                    .filter(|&k| !is_in(s.w(k + 1), "le la les un une des du"))
                    .and_then(|k| action(s, k + 1, stop))
            };
            let rewrite = match plan {
                Some(body) => format!("{} {} ainsi\u{a0}: {GAP}", lead(we), de(body)),
                None => format!("{} de {GAP}", lead(we)),
            };
            return Some(Hit {
                cue: i..v + 1,
                tell_me: true,
                rewrite,
            });
        }
    }
    if let Some(end) = s.at_any(&WHAT_FIRST, i).filter(|_| asks) {
        let v = skip(s, end, PRONOUNS);
        let verb = s.w(v);
        if s.w(end - 1) == "faire" || (!verb.is_empty() && !is_in(verb, NOT_STEPS)) {
            let stop = s.clause_end(end);
            let we = says_we(s, end - 1, end);
            let cue = if s.w(end - 1) == "faire" { end } else { v + 1 };
            return Some(Hit {
                cue: i..cue,
                tell_me: true,
                rewrite: topic_gap(s, i, cue.min(stop), stop, we),
            });
        }
    }
    if let Some(end) = s.at(&WHICH_I, i).filter(|_| asks) {
        let v = skip(s, end, PRONOUNS);
        let whole = (i..end).all(|k| is_word(&s.toks[k]));
        if whole && v < s.toks.len() && is_word(&s.toks[v]) && !is_in(s.w(v), NOT_STEPS) {
            return Some(Hit {
                cue: i..v + 1,
                tell_me: true,
                rewrite: format!("{} de {GAP}", lead(says_we(s, end - 1, end))),
            });
        }
    }
    bare(s, i)
}

/// "Je l'envoie ?", "La campagne est prête, je la lance ?", "je relance
/// le client ou pas", "Je fais quoi avec… ?": the writer's next step put
/// as a question (in chat, without its mark, when "quoi", "comment" or an
/// alternative asks). The last clause only, and not an offer to the
/// reader ("Je vous apporte un café ?").
fn bare(s: &Sent, i: usize) -> Option<Hit> {
    let k = s.at(&BARE_OPEN, i).unwrap_or(i);
    if !is_in(s.w(k), "je j' on nous") {
        return None;
    }
    let we = is_in(s.w(k), "on nous");
    let v = skip(s, k + 1, PRONOUNS);
    // "On se voit lundi ?", "On mange ensemble ?": invitations.
    let invites = we
        && ((k + 1..v).any(|j| is_in(s.w(j), "se s'")) || s.any_before(s.toks.len(), "ensemble"));
    let serves = invites || (k + 1..v).any(|j| is_in(s.w(j), YOU));
    // "Je me demande…" wonders; "je demande à Julie" acts.
    let wonders = s.w(v) == "demande" && (k + 1..v).any(|j| is_in(s.w(j), "me m'"));
    if serves || wonders || v >= s.toks.len() || !is_word(&s.toks[v]) || is_in(s.w(v), NOT_STEPS) {
        return None;
    }
    let stop = s.clause_end(v);
    if !s.only_marks_from(stop) {
        return None;
    }
    let text = s.text[s.range.clone()].trim_end();
    let plain = !s.question && !text.ends_with(['.', '!', '…']);
    let asked = (v + 1..stop)
        .find(|&j| is_in(s.w(j), "quoi koi comment") || (s.question && s.w(j) == "quand"));
    let or = (v + 1..stop).find(|&j| s.w(j) == "ou");
    if !(s.question || (plain && (asked.is_some() || or.is_some()))) {
        return None;
    }
    if let Some(q) = asked {
        return Some(Hit {
            cue: i..q + 1,
            tell_me: true,
            rewrite: topic_gap(s, i, q + 1, stop, we),
        });
    }
    let head = lead_after(s, i, we);
    let rewrite = match as_infinitive(s, k + 1, v, or.unwrap_or(stop)) {
        Some(body) => finish(&format!("{head} {}", de(&body))),
        None => format!("{head} de {GAP}"),
    };
    Some(Hit {
        cue: i..v + 1,
        tell_me: false,
        rewrite,
    })
}

/// The hit for a plan named from token `from` to the clause's end (the
/// gap when none is named), for the cue `cue`.
fn plan_hit(s: &Sent, cue: std::ops::Range<usize>, from: usize, we: bool) -> Hit {
    let stop = s.clause_end(from.max(cue.end));
    let rewrite = match action(s, from, stop) {
        Some(body) => finish(&format!(
            "{} {}{}",
            lead(we),
            de(body),
            rest_after(s, stop, SOFTENERS)
        )),
        None => format!("{} de {GAP}", lead(we)),
    };
    Hit {
        cue,
        tell_me: false,
        rewrite,
    }
}

/// "J'ai le droit de… ?" in chat or with its question mark.
static RIGHT: Pattern = Pattern::new("(j' ai|on a|nous avons) le droit (de|d')");

/// Asks that may stand anywhere in the sentence: the frames of a letter
/// ("Je me permets de vous demander l'autorisation de…", "…de bien
/// vouloir m'autoriser à…", "Me serait-il possible de…"), instructions
/// asked for ("Vous me dites ce que je dois faire…", "…m'indiquer la
/// conduite à tenir"), a plan submitted for approval.
fn formal(s: &Sent, asks: bool) -> Option<Hit> {
    for k in 0..s.toks.len() {
        if let Some(end) = s.at(&FORMAL[0], k) {
            let aux = k > 0 && is_in(s.w(k - 1), "ai avons a ont as avez avait avions avaient");
            // "obtenir l'accord de la banque" is someone else's.
            let third = is_in(s.w(k + 1), "l' la")
                && (is_in(s.w(end), "du des")
                    || (is_in(s.w(end), "de d'") && !infinitive(s.w(skip(s, end + 1, PRONOUNS)))));
            if !aux && !third && s.any_before(k, "je j' nous") {
                let stop = s.clause_end(end);
                let from = (end..stop)
                    .find(|&j| is_in(s.w(j), "de d' pour avant afin"))
                    .map_or(stop, |j| skip(s, j + 1, "de d'"));
                return Some(plan_hit(s, k..end, from, says_we(s, 0, k)));
            }
        }
        let leave = s
            .at_any(&FORMAL[1..3], k)
            .or_else(|| s.at(&FORMAL[3], k).filter(|_| s.opens_clause(k, FILLERS)))
            .or_else(|| s.at(&FORMAL[4], k).filter(|_| asks))
            .or_else(|| s.at(&FORMAL[5], k))
            .or_else(|| s.at_any(&FORMAL[6..8], k).filter(|_| asks))
            .or_else(|| {
                s.at(&FORMAL[8], k)
                    .filter(|_| s.any_before(k, "je j' nous"))
            })
            .or_else(|| s.at(&RIGHT, k).filter(|_| asks));
        if let Some(end) = leave {
            let from = skip(s, end, "de d' a");
            let stop = s.clause_end(end);
            let lets = s.at(&FORMAL[7], k).is_some();
            if !lets || action(s, from, stop).is_some() {
                return Some(plan_hit(s, k..end, from, says_we(s, k, end)));
            }
        }
        if let Some(end) = s.at(&POSSIBLE_TO, k) {
            let stop = s.clause_end(end);
            if s.any_before(k, "je j' nous") && action(s, end, stop).is_some() {
                return Some(plan_hit(s, k..end, end, says_we(s, 0, k)));
            }
        }
        if let Some(end) = s.at_any(&TELL_FRAME, k) {
            let stop = s.clause_end(end);
            let we = says_we(s, end - 1, end);
            let rewrite = if s.at(&TELL_FRAME[4], k).is_some() {
                let from = skip(s, end, "dois doit devons devrais devrait devrions faut");
                match action(s, from, stop) {
                    Some(body) => finish(&format!("{} {}", lead(we), de(body))),
                    None => format!("{} de {GAP}", lead(we)),
                }
            } else {
                let modal = skip(s, end, "dois doit devons devrais devrait devrions");
                // "… ce que je dois répondre au client": what to do, named.
                let named = (s.w(modal) != "faire")
                    .then(|| action(s, modal, stop))
                    .flatten();
                match named {
                    Some(body) => format!("{} {} ainsi\u{a0}: {GAP}", lead(we), de(body)),
                    None => {
                        let from = skip(
                            s,
                            end,
                            "dois doit devons devrais devrait devrions faire fais fait de d'",
                        );
                        topic_gap(s, 0, from, stop, we)
                    }
                }
            };
            return Some(Hit {
                cue: k..end,
                tell_me: true,
                rewrite,
            });
        }
        if let Some(end) = s.at(&SUBMIT, k) {
            let stop = s.clause_end(end);
            let asked = (end..stop).find(|&j| {
                is_in(s.w(j), "pour a")
                    && is_in(
                        s.w(skip(s, j + 1, "votre ton ta vos")),
                        "validation approbation accord aval signature",
                    )
            });
            // "Je soumets à votre approbation le projet…": the thing after.
            if let Some(j) = asked.filter(|&j| j == end) {
                let from = skip(s, j + 1, "votre ton ta vos");
                return Some(Hit {
                    cue: k..from + 1,
                    tell_me: false,
                    rewrite: go_with(s, from + 1, stop, says_we(s, k, end)),
                });
            }
            if let Some(j) = asked.filter(|&j| j > end) {
                return Some(Hit {
                    cue: k..end,
                    tell_me: false,
                    rewrite: finish(&format!(
                        "J'ai l'intention d'aller de l'avant avec {}",
                        s.span(end, j)
                    )),
                });
            }
        }
        if let Some(end) = s.at(&APPROVE_MINE, k).filter(|_| s.question) {
            let stop = s.clause_end(end);
            return Some(Hit {
                cue: k..end - 1,
                tell_me: false,
                rewrite: finish(&format!(
                    "J'ai l'intention d'aller de l'avant avec {}",
                    s.span(end - 1, stop)
                )),
            });
        }
    }
    None
}

fn go_ahead(s: &Sent, i: usize, asks: bool) -> Option<Hit> {
    let (end, plan_from) = if let Some(end) = s.at_any(&LEAVE, i) {
        (end, end)
    } else {
        let end = s
            .at_any(&GO_AHEAD[..2], i)
            // "Merci de me donner votre accord…" asks whatever its mark.
            .filter(|_| asks || s.w(i) == "merci")
            .or_else(|| s.at_any(&GO_AHEAD[2..], i))?;
        // "… pour lancer", "… avant d'envoyer": the plan after the noun.
        let stop = s.clause_end(end);
        let from = (end..stop)
            .find(|&k| is_in(s.w(k), "pour avant de d'"))
            .map_or(stop, |k| skip(s, k + 1, "de d'"));
        (end, from)
    };
    let we = says_we(s, i, end);
    let stop = s.clause_end(end);
    let rewrite = match action(s, plan_from, stop) {
        Some(body) => finish(&format!(
            "{} {}{}",
            lead(we),
            de(body),
            rest_after(s, stop, SOFTENERS)
        )),
        None => format!("{} de {GAP}", lead(we)),
    };
    Some(Hit {
        cue: i..end,
        tell_me: false,
        rewrite,
    })
}

fn tell_me(s: &Sent, i: usize) -> Option<Hit> {
    if let Some(end) = s.at_any(&TELL_WHAT, i) {
        let we = says_we(s, i, end);
        let stop = s.clause_end(end);
        let topic = s.span(end, stop);
        let rewrite = if topic.is_empty() {
            format!("{} de {GAP}", lead(we))
        } else {
            let l = lead(we);
            let lower = format!("{}{}", l[..1].to_lowercase(), &l[1..]);
            let mut t = topic.to_string();
            if let Some(c) = t.get(..1) {
                let up = c.to_uppercase();
                t.replace_range(..1, &up);
            }
            format!("{t}, {lower} de {GAP}")
        };
        return Some(Hit {
            cue: i..end,
            tell_me: true,
            rewrite,
        });
    }
    if let Some(end) = s.at_any(&TELL_HOW, i) {
        let we = says_we(s, i, end);
        let stop = s.clause_end(end);
        let rewrite = match action(s, end, stop) {
            Some(body) => format!("{} {} ainsi\u{a0}: {GAP}", lead(we), de(body)),
            None => format!("{} de {GAP}", lead(we)),
        };
        return Some(Hit {
            cue: i..end,
            tell_me: true,
            rewrite,
        });
    }
    let end = s.at(&TELL_ME, i).or_else(|| s.at(&WAIT, i))?;
    Some(Hit {
        cue: i..end,
        tell_me: true,
        rewrite: format!("{} de {GAP}", lead(says_we(s, i, end))),
    })
}

/// "je ferme à 18h ce soir ok": in chat (no final mark, or a question),
/// a tag after the writer's plan without a comma; the tag goes.
fn chat_tag(s: &Sent) -> Option<Hit> {
    let text = s.text[s.range.clone()].trim_end();
    if !s.question && text.ends_with(['.', '!', '…']) {
        return None;
    }
    let subject = (0..s.toks.len()).find(|&k| is_in(s.w(k), "je j' on nous"))?;
    if !s.opens_clause(subject, FILLERS) {
        return None;
    }
    let v = skip(s, subject + 1, PRONOUNS);
    // "on se voit demain ok" invites; "je t'envoie le lien ok" serves.
    let other = (subject + 1..v).any(|j| is_in(s.w(j), "se s' vous te t'"));
    if other || !is_word(&s.toks[v.min(s.toks.len() - 1)]) || is_in(s.w(v), NOT_STEPS) {
        return None;
    }
    let start = (v + 2..s.toks.len())
        .find(|&k| s.at(&CHAT_TAG, k).is_some_and(|end| s.only_marks_from(end)))?;
    // "je suis d'accord", "c'est bon": the words before must not say it.
    if is_in(s.w(start - 1), "suis es est sommes etes sont c' pas bien") {
        return None;
    }
    let end = s.at(&CHAT_TAG, start)?;
    Some(Hit {
        cue: start..end,
        tell_me: false,
        rewrite: finish(s.span(0, start)),
    })
}

/// ", ça vous va ?" after a plan: the tag goes.
fn tag(s: &Sent, also: bool) -> Option<Hit> {
    let Some(comma) = (1..s.toks.len()).rev().find(|&k| s.raw(k) == ",") else {
        return chat_tag(s);
    };
    let start = comma + 1;
    let end = s.at_any(&TAG, start)?;
    if !s.only_marks_from(end) {
        return None;
    }
    let plan = (0..comma).any(|k| is_in(s.w(k), "je j' nous on"));
    // "…, pas de souci." reassures; only its question asks.
    let full = (s.w(start) == "si" || end > start + 2) && !is_in(s.w(start), "pas aucun");
    if !(s.question || full) || !(plan || also) {
        return None;
    }
    Some(Hit {
        cue: start..end,
        tell_me: false,
        rewrite: finish(s.span(0, comma)),
    })
}

static INTENT: [Pattern; 1] = [Pattern::new(
    "(je vais|nous allons|on va|j' ai l' intention|nous avons l' intention|je compte|nous comptons|je prevois|nous prevoyons)",
)];
static HABIT: [Pattern; 2] = [
    Pattern::new("(ces derniers jours|ces dernieres semaines|chaque jour|tous les jours|chaque semaine|toutes les semaines)"),
    Pattern::new("depuis"),
];
static SEE: [Pattern; 1] = [Pattern::new(
    "(je vois|j' ai vu|j' ai remarque|je remarque|j' ai constate|je constate|il semble|on dirait|apparemment|j' ai note|je note)",
)];
static THINK: [Pattern; 1] = [Pattern::new(
    "(je pense|je crois|je trouve|a mon avis|selon moi|il faudrait|on devrait|nous devrions|je devrais|peut etre|probablement|je suppose|je suggere|je propose|je recommande|il vaudrait mieux)",
)];
static DID: [Pattern; 1] = [Pattern::new(
    "(j' ai|nous avons|on a|je suis|nous sommes|ai) (deja|bien|enfin|tout)?",
)];

const COURTESY: &str = "bonjour salut merci bonne cher chere chers cheres cordialement bravo felicitations bienvenue coucou bisous amities bonsoir";

/// Words that put a present tense in the future: "Je l'appelle demain".
/// "soir", "midi", "semaine" count after "ce", "cet", "cette"; a weekday
/// not after "le" or "les" ("lundi", not "le lundi").
const SOON: &str = "demain tard bientot prochain prochaine prochains prochaines suite";
const DAYS: &str = "lundi mardi mercredi jeudi vendredi samedi dimanche";

/// Other words of a time that may open the clause before "je": "Ce soir,
/// je…", "Tout de suite, je…".
const WHEN: &str =
    "ce cet cette soir matin midi apres semaine plus des que possible tout de aujourd' hui";

/// Words of a habit, not of one plan: "Je l'appelle chaque lundi".
const USUALLY: &str = "chaque tous toutes toujours souvent habituellement generalement parfois jamais habitude lundis mardis mercredis jeudis vendredis samedis dimanches";

/// Present forms that state a fact, an ability or a view, not a plan.
const NOT_PLANS: &str = "suis ai avons sommes es est peux pouvons peut dois devons doit veux voulons veut vais allons va sais savons sait pense pensons crois croyons trouve trouvons vois voyons espere esperons compte comptons prevois prevoyons remercie remercions ne n' pas";

/// "Je l'appelle demain.", "Demain, j'envoie le rapport.": the present
/// tense for one plan, as English says "I will…" (rung 5). Only with a
/// word that places it ahead and none of a habit ("Je l'appelle chaque
/// lundi" reports a routine and stays a statement).
fn plan(s: &Sent) -> bool {
    let words = s.word_indices();
    let soon = words.iter().any(|&k| {
        let w = s.w(k);
        let before = if k > 0 { s.w(k - 1) } else { "" };
        is_in(w, SOON)
            || (is_in(w, "soir midi semaine matin") && is_in(before, "ce cet cette apres"))
            || (is_in(w, DAYS) && !is_in(before, "le les chaque"))
            || w == "aujourd'"
    });
    if !soon || words.iter().any(|&k| is_in(s.w(k), USUALLY)) {
        return false;
    }
    words.iter().any(|&k| {
        if !is_in(s.w(k), "je j' nous on") {
            return false;
        }
        let opens = (s.clause_start(k)..k).all(|j| {
            let w = s.w(j);
            is_in(w, FILLERS) || is_in(w, SOON) || is_in(w, DAYS) || is_in(w, WHEN)
        });
        let v = skip(s, k + 1, PRONOUNS);
        let w = s.w(v);
        opens
            && w.len() > 1
            && !is_in(w, NOT_PLANS)
            && !["rais", "rait", "rions", "riez"]
                .iter()
                .any(|e| w.ends_with(e))
    })
}

fn rung(s: &Sent) -> Option<Rung> {
    let words = s.word_indices();
    let &first = words.first()?;
    if s.question || is_in(s.w(first), COURTESY) {
        return None;
    }
    let first_person = words.iter().any(|&k| is_in(s.w(k), "je j' nous on"));
    if opens_any(s, &INTENT, FILLERS) {
        return Some(Rung::IIntend);
    }
    if first_person && super::intl::anywhere(s, &HABIT) {
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
    for i in 0..s.toks.len() {
        if let Some(end) = s.at_any(&DID, i).filter(|_| s.opens_clause(i, FILLERS)) {
            let raw = s.raw(end).to_lowercase();
            let done = [
                "é", "ée", "és", "ées", "i", "is", "it", "u", "ert", "te", "ts",
            ]
            .iter()
            .any(|e| raw.ends_with(e));
            if done && !is_in(s.w(end), "pas besoin envie peur l' un une des le la du") {
                return Some(Rung::IDid);
            }
        }
    }
    if matches!(s.w(first), "c'") && is_in(s.w(first + 2), "fait regle termine envoye fini") {
        return Some(Rung::IDid);
    }
    (words.len() >= 3).then_some(Rung::ISee)
}
