"""French speaker attribution by construction: short sentences written for each way press copy
attributes a statement (role in apposition, demonstratives, pronouns, "selon", impersonal "on",
documents, incises …), with the speaker expected for a fragment of each claim.

    python tools/fr_speaker_constructions.py [-v] [-t]

Prints the failures (all cases with -v), the total, and with -t the tally per construction.
Invented names throughout; this is a checklist, not a dev set to tune scores on.
"""

from __future__ import annotations

import collections
import sys

from claims.article import Article
from claims.evaluate import same_speaker
from claims.extract import extract

CASES = [
# 1 full name + apposed role before
("role_apposed_before", "Le ministre de l'Intérieur, Gérald Vasseur, a affirmé mardi que les effectifs seraient renforcés.", [("effectifs", "Gérald Vasseur")]),
("role_apposed_before", "« Nous ne reculerons pas », a déclaré la ministre du Travail, Odile Garnier, devant les députés.", [("reculerons", "Odile Garnier")]),
("role_apposed_before", "Selon le porte-parole de la préfecture, Julien Marchal, aucune victime n'est à déplorer.", [("aucune victime", "Julien Marchal")]),
# 2 name + role after
("role_apposed_after", "Bernard Lacombe, président de la chambre d'agriculture de l'Aisne, estime que la récolte sera « catastrophique ».", [("récolte", "Bernard Lacombe")]),
("role_apposed_after", "« C'est une décision absurde », juge Martine Roussel, secrétaire générale du syndicat Sud-Santé.", [("absurde", "Martine Roussel")]),
("role_apposed_after", "Pour Claire Estienne, directrice de l'Observatoire des inégalités, « la pauvreté s'installe durablement ».", [("pauvreté", "Claire Estienne")]),
# 3 role only
("role_only", "La procureure de Lyon a indiqué que l'enquête avait été confiée à la police judiciaire.", [("enquête", "procureure de Lyon")]),
("role_only", "« Le suspect a reconnu les faits », a précisé le procureur de la République de Rennes.", [("suspect", "procureur de la République de Rennes")]),
# 4 later mention by surname
("surname_later", "La sénatrice Isabelle Garnier-Roche a déposé un amendement. « Ce texte est mal ficelé », a déclaré Garnier-Roche.", [("ficelé", "Isabelle Garnier-Roche")]),
("surname_later", "L'économiste Thomas Béranger a présenté son rapport jeudi.\n\nSelon Béranger, la dette publique atteindra 120 % du PIB en 2030.", [("dette", "Thomas Béranger")]),
# 5 M./Mme X
("civil_title", "Le maire de Vannes, Loïc Le Guennec, a présenté le budget. M. Le Guennec a assuré que les impôts locaux n'augmenteraient pas.", [("impôts", "Loïc Le Guennec")]),
("civil_title", "La députée Sandrine Mallet a interpellé le gouvernement. « Nous attendons des réponses », a lancé Mme Mallet.", [("réponses", "Sandrine Mallet")]),
# 6 title + surname
("title_surname", "Emmanuel Verdier a été réélu dimanche. Le président Verdier a promis qu'il réformerait les retraites.", [("retraites", "Emmanuel Verdier")]),
("title_surname", "Le général Pierre Castaing commande l'opération. « La situation est stabilisée », a affirmé le général Castaing.", [("stabilisée", "Pierre Castaing")]),
# 7 role phrase tied to earlier person
("role_tied", "Le ministre de la Santé, François Deval, s'est rendu à Brest. Le ministre a annoncé que 300 lits seraient rouverts.", [("lits", "François Deval")]),
("role_tied", "La maire de Rouen, Nathalie Grosjean, a inauguré le tramway. « C'est un grand jour », s'est réjouie la maire.", [("grand jour", "Nathalie Grosjean")]),
("role_tied", "Patrick Lemoine, le patron de Valdis, a présenté les résultats. Le patron de Valdis a assuré que l'usine de Metz resterait ouverte.", [("usine", "Patrick Lemoine")]),
("role_tied", "L'ancien Premier ministre Alain Morvan publie ses mémoires. L'ancien Premier ministre y affirme que la réforme était « indispensable ».", [("réforme", "Alain Morvan")]),
("role_tied", "La députée Léa Fontaine a voté contre. « Ce budget est injuste », a dénoncé l'élue écologiste.", [("injuste", "Léa Fontaine")]),
("role_tied", "Le président de la République, Marc Dorval, était à Berlin. Le chef de l'État a jugé que l'Europe devait « se réarmer ».", [("réarmer", "Marc Dorval")]),
# 8 ce dernier / celui-ci / l'intéressé
("ce_dernier", "Le juge a entendu Paul Mercier, ancien trésorier du club. Ce dernier a affirmé qu'il n'avait jamais vu les factures.", [("factures", "Paul Mercier")]),
("ce_dernier", "L'avocat de la famille a rencontré la ministre Hélène Dutertre. Cette dernière a assuré que l'État prendrait ses responsabilités.", [("responsabilités", "Hélène Dutertre")]),
("celui_ci", "Les syndicats ont été reçus par le préfet, Jacques Amiel. Celui-ci a promis qu'une médiation serait organisée.", [("médiation", "Jacques Amiel")]),
("celui_ci", "La journaliste a interrogé Sophie Lenormand sur son départ. Celle-ci a expliqué qu'elle voulait « passer la main ».", [("passer la main", "Sophie Lenormand")]),
("interesse", "Le sélectionneur a écarté Kévin Diallo. L'intéressé a confié qu'il était « déçu mais pas abattu ».", [("déçu", "Kévin Diallo")]),
("interesse", "La candidate Julie Morand a été écartée de la liste. L'intéressée a dénoncé une « manœuvre ».", [("manœuvre", "Julie Morand")]),
# 9 pronouns
("pronoun_il", "Le maire de Dijon, Henri Perrin, a signé l'arrêté. Il a expliqué que la mesure serait temporaire.", [("temporaire", "Henri Perrin")]),
("pronoun_inverted", "Le directeur de l'hôpital, Marc Rivière, reconnaît des difficultés. « Nous manquons d'infirmiers, admet-il. Les urgences sont saturées. »", [("infirmiers", "Marc Rivière")]),
("pronoun_selon_lui", "L'historien Jean Castel a étudié les archives. Selon lui, le massacre a été planifié.", [("massacre", "Jean Castel")]),
("pronoun_pour_elle", "La sociologue Anne Perrot a enquêté dans les banlieues. Pour elle, « la République a reculé ».", [("République", "Anne Perrot")]),
("pronoun_a_ses_yeux", "Le syndicaliste Yves Berthier rejette le projet. À ses yeux, la réforme « détruit le service public ».", [("détruit", "Yves Berthier")]),
("pronoun_elle_cross_gender", "Le préfet Jean Dumas a reçu la maire, Sylvie Caron. Elle a affirmé que la commune manquait de moyens.", [("moyens", "Sylvie Caron")]),
# 10 interrogé par / joint par téléphone
("interroge_par", "Interrogé par franceinfo, le député Marc Leroy a estimé que le texte était « mort-né ».", [("mort-né", "Marc Leroy")]),
("interroge_par", "Interrogée par Le Parisien, Camille Aubert, porte-parole de l'association, a affirmé que les familles étaient « abandonnées ».", [("abandonnées", "Camille Aubert")]),
("joint_par_telephone", "Joint par téléphone, Pierre Gautier, le maire du village, assure que « personne n'a été prévenu ».", [("prévenu", "Pierre Gautier")]),
("contacte", "Contacté par l'AFP, le ministère des Armées n'a pas souhaité commenter. Sollicitée, la société Aérotech a indiqué qu'elle coopérait avec les enquêteurs.", [("coopérait", "Aérotech")]),
# 11 X, qui ..., a affirmé
("relative_then_verb", "Lucie Ferrand, qui dirige le refuge depuis dix ans, a affirmé que les abandons avaient doublé.", [("abandons", "Lucie Ferrand")]),
("relative_then_verb", "Le préfet, qui s'est rendu sur place samedi, a indiqué que 40 maisons avaient été évacuées.", [("évacuées", "préfet")]),
# 12 du côté de / chez X on
("du_cote_de", "Du côté de la direction, on assure que aucun licenciement n'est prévu.", [("licenciement", "direction")]),
("du_cote_de", "Du côté de Renault, on affirme que la production reprendra lundi.", [("production", "Renault")]),
("chez_x_on", "Chez Airbus, on estime que les livraisons seront retardées de six mois.", [("livraisons", "Airbus")]),
# 13 entourage / proche / source
("entourage", "Dans l'entourage du ministre, on assure que la réforme sera présentée avant l'été.", [("réforme", "l'entourage du ministre")]),
("entourage", "« Il n'a jamais été question de démissionner », affirme l'entourage de Valérie Chassagne.", [("démissionner", "l'entourage de Valérie Chassagne")]),
("proche", "« Elle est très affectée », confie un proche de la chanteuse.", [("affectée", "un proche de la chanteuse")]),
("source_policiere", "Le suspect a été interpellé à son domicile, selon une source policière.", [("suspect", "une source policière")]),
("source_policiere", "« L'homme était connu des services », a indiqué une source proche de l'enquête.", [("connu", "une source proche de l'enquête")]),
("enqueteurs", "Les enquêteurs privilégient la piste criminelle, a appris l'AFP. Ils estiment que l'incendie a été allumé volontairement.", [("incendie", "les enquêteurs")]),
# 14 organisations
("organisation", "Le ministère de la Santé a annoncé que la campagne de vaccination serait prolongée.", [("vaccination", "ministère de la Santé")]),
("organisation", "Le syndicat CGT dénonce un « plan social déguisé ».", [("plan social", "CGT")]),
("organisation", "La SNCF a précisé que le trafic serait perturbé jusqu'à jeudi.", [("trafic", "SNCF")]),
("organisation", "L'ONG Amnesty International affirme que des civils ont été torturés.", [("civils", "Amnesty International")]),
("organisation", "La mairie a indiqué que les écoles resteraient fermées lundi.", [("écoles", "mairie")]),
("organisation", "Le parquet de Nanterre a ouvert une enquête et précise que le conducteur était ivre.", [("conducteur", "parquet de Nanterre")]),
# 15 documents
("document", "Dans un rapport publié mercredi, la Cour des comptes estime que le dispositif a coûté 2 milliards d'euros.", [("dispositif", "Cour des comptes")]),
("document", "La préfecture a publié un communiqué dimanche. Le communiqué précise que deux personnes ont été blessées.", [("blessées", "préfecture")]),
("document", "Selon un rapport de l'Inspection générale de l'administration, les contrôles étaient insuffisants.", [("contrôles", "Inspection générale de l'administration")]),
# 16 poursuit-il after quote by someone else
("poursuit_next_par", "« Le dossier est vide », a déclaré l'avocat de la défense, Me Arnaud Vernet.\n\n« Nous irons en appel », a répliqué la procureure, Sylvie Marchand.\n\nLa magistrate poursuit : « Les preuves sont accablantes. »", [("accablantes", "Sylvie Marchand")]),
("poursuit_next_par", "Le maire de Lens, Gilles Carpentier, a salué la décision.\n\n« C'est une victoire pour la ville », a-t-il déclaré.\n\nL'opposition est plus sceptique. « C'est un effet d'annonce », juge le conseiller municipal Franck Bodin.\n\n« Les habitants attendent des actes », ajoute-t-il.", [("actes", "Franck Bodin")]),
("ajoute_t_elle", "« La crise est derrière nous », a assuré le ministre Paul Ferrand.\n\nLa présidente de la région, Agnès Moulin, ne partage pas cet avis. « Les entreprises souffrent encore », estime-t-elle.\n\n« Et l'État ne fait rien », ajoute-t-elle.", [("souffrent", "Agnès Moulin"), ("État ne fait rien", "Agnès Moulin")]),
# 17 quote paragraphs continuing
("quote_continuation", "« Nous avons perdu trois hectares de vignes », raconte Jean-Marc Bouvier, viticulteur à Chablis.\n\n« Le gel est arrivé en pleine nuit, nous n'avons rien pu faire. »", [("gel", "Jean-Marc Bouvier")]),
# 18 Q&A X : « … »
("colon_qa", "Lucie Arnaud : « Le gouvernement a trahi les enseignants »", [("trahi", "Lucie Arnaud")]),
("colon_qa", "Le ministre de l'Éducation, Paul Delorme, a répondu aux critiques. Paul Delorme : « Nous avons augmenté les salaires de 10 % »", [("salaires", "Paul Delorme")]),
("colon_role", "La porte-parole du gouvernement : « Il n'y aura pas de nouvel impôt »", [("impôt", "porte-parole du gouvernement")]),
# 19 two speakers in one paragraph
("two_speakers", "Le maire Paul Roussel a dénoncé un « abandon de l'État ». Ce à quoi le préfet, Antoine Girard, a répondu que les crédits avaient été versés.", [("abandon", "Paul Roussel"), ("crédits", "Antoine Girard")]),
("two_speakers", "Si la CGT estime que la grève est « massive », la direction affirme que seuls 12 % des salariés y participent.", [("massive", "CGT"), ("12 %", "direction")]),
# 20 passive / apprendre auprès de
("appris_aupres", "L'usine sera fermée en mars, a-t-on appris auprès de la direction.", [("usine", "direction")]),
("appris_aupres", "Trois personnes ont été interpellées, a-t-on appris de source judiciaire.", [("interpellées", "source judiciaire")]),
("appris_aupres", "Le chantier prendra six mois de retard, a appris Ouest-France auprès de la mairie de Quimper.", [("chantier", "mairie de Quimper")]),
# 21 verbs after inverted
("fait_valoir", "La société Novéa fait valoir que ses produits respectent les normes européennes.", [("normes", "Novéa")]),
("fait_savoir", "L'Élysée a fait savoir que le président ne se rendrait pas au sommet.", [("sommet", "Élysée")]),
("rapporte_x", "Le bus a percuté un arbre, rapporte La Voix du Nord.", [("bus", "La Voix du Nord")]),
("glisse_x", "« On verra bien », glisse un conseiller ministériel.", [("verra", "un conseiller ministériel")]),
("tranche_x", "« Ce n'est pas le moment », tranche Valérie Guillot, présidente du conseil départemental.", [("moment", "Valérie Guillot")]),
("confie_x", "« J'ai eu très peur », confie Nadia, 34 ans, mère de deux enfants.", [("peur", "Nadia")]),
("confie_x", "« J'ai tout perdu », confie Michel Granger, un habitant du quartier.", [("perdu", "Michel Granger")]),
# 22 sports (L'Équipe style)
("sport_role", "Le PSG s'est imposé à Lille (2-1). « On a souffert », a reconnu l'entraîneur parisien, Luis Ortega, après la rencontre.", [("souffert", "Luis Ortega")]),
("sport_role", "Antoine Dupuis a inscrit un doublé. « Je suis content pour le groupe », a réagi l'attaquant lyonnais.", [("groupe", "Antoine Dupuis")]),
# 23 court
("court", "Le prévenu, Karim Bensaïd, a nié les faits à l'audience. « Je n'étais pas là ce soir-là », a-t-il répété.", [("pas là", "Karim Bensaïd")]),
("court", "L'avocate générale a requis dix ans de prison. Elle a estimé que l'accusé était « dangereux ».", [("dangereux", "avocate générale")]),
("court", "Me Laure Berthelot, avocate de la partie civile, a plaidé l'acquittement impossible. « La vérité a été établie », a-t-elle lancé.", [("vérité", "Laure Berthelot")]),
# 24 speaker named by title + full name in regional daily style
("title_full", "Mme Christine Faure, adjointe aux sports, a assuré que le stade serait rénové.", [("stade", "Christine Faure")]),
# 25 selon + org
("selon_org", "Selon Météo-France, les orages pourraient être violents dans la nuit.", [("orages", "Météo-France")]),
("selon_person_role", "Selon le président du club, Didier Lambert, le budget sera équilibré.", [("budget", "Didier Lambert")]),
# 26 d'après + person
("dapres", "D'après Nicolas Faure, chercheur au CNRS, le phénomène va s'accentuer.", [("phénomène", "Nicolas Faure")]),
# 27 name with particle
("particle_name", "Le ministre des Armées, Jean-Yves de La Tour, a affirmé que la France livrerait des avions.", [("avions", "Jean-Yves de La Tour")]),
# 28 pronoun after org then person
("pronoun_after_two", "La CGT a appelé à la grève. Sa secrétaire générale, Marie Lebrun, a assuré qu'elle serait « très suivie ». Elle a ajouté que d'autres actions étaient prévues.", [("suivie", "Marie Lebrun"), ("actions", "Marie Lebrun")]),
# 29 "explique-t-il" inside quote continuing previous person across paragraph intervening narration
("pronoun_after_narration", "Arnaud Lefèvre, éleveur dans le Cantal, a perdu vingt bêtes.\n\nLe loup a attaqué trois fois en un mois dans la vallée.\n\n« On ne dort plus », explique-t-il.", [("dort", "Arnaud Lefèvre")]),
# 30 speaker in headline colon with role
("headline_role_colon", "Réforme des retraites : la CFDT « prête à négocier »\n\nLa CFDT a fait savoir mardi qu'elle était prête à négocier.", [("négocier", "CFDT")]),
# 31 'estime X' inverted with full name and role after
("inverted_name_role", "Le texte est « inapplicable », estime Hugo Marchetti, avocat spécialisé en droit du travail.", [("inapplicable", "Hugo Marchetti")]),
# 32 "a-t-il/elle déclaré à l'AFP" after role
("a_t_il_declare_afp", "Le maire de Calais, Xavier Bouchard, est inquiet. « La situation est intenable », a-t-il déclaré à l'AFP.", [("intenable", "Xavier Bouchard")]),
# 33 "selon elle" after woman in quote paragraph
("selon_elle", "« On nous a menti », affirme Claire Pujol, mère d'un élève.\n\nSelon elle, l'école savait depuis des mois.", [("école", "Claire Pujol")]),
# 34 "son avocat"
("possessive_role", "Thierry Valette conteste sa condamnation. Son avocat, Me Paul Girard, a annoncé qu'il ferait appel.", [("appel", "Paul Girard")]),
("possessive_role", "Thierry Valette conteste sa condamnation. Son avocat a annoncé qu'il ferait appel.", [("appel", "son avocat")]),
# 35 "de son côté"
("de_son_cote", "La direction a annoncé 200 suppressions de postes. Le syndicat FO a, de son côté, dénoncé un « massacre ».", [("massacre", "FO")]),
("de_son_cote", "Le ministre Paul Aubry a défendu le texte. De son côté, la députée Élise Moreau a affirmé qu'elle voterait contre.", [("voterait", "Élise Moreau")]),
# 36 "estime-t-on à X"
("estime_t_on_a", "« Le calendrier sera tenu », assure-t-on à l'Élysée.", [("calendrier", "Élysée")]),
("estime_t_on_a", "À Matignon, on assure que le calendrier sera tenu.", [("calendrier", "Matignon")]),
# 37 person introduced with age (faits divers)
("age_apposition", "Marie, 72 ans, habite le quartier depuis quarante ans. « Je n'ai jamais vu ça », témoigne-t-elle.", [("jamais vu", "Marie")]),
# 38 regional "l'édile" / "le premier magistrat"
("premier_magistrat", "Le maire de Saint-Malo, Gilles Le Bihan, a réagi. Le premier magistrat de la ville a assuré que la digue serait réparée.", [("digue", "Gilles Le Bihan")]),
# 39 "le Kremlin" / metonyms
("metonym", "Le Kremlin a démenti toute implication. « Ces accusations sont absurdes », a déclaré son porte-parole, Dmitri Peskov.", [("absurdes", "Dmitri Peskov")]),
("metonym", "Matignon a confirmé que le conseil des ministres était reporté.", [("conseil des ministres", "Matignon")]),
# 40 surname-only then pronoun with another person named in quote
("pronoun_skip_quoted_name", "Pierre Lambert a soutenu la candidature. « Je connais bien Sophie Martin », a-t-il confié. Il a ajouté qu'elle serait « une excellente présidente ».", [("excellente", "Pierre Lambert")]),
# 41 standfirst / chapô with role then name later
("apposition_comma_role_after_verb", "« Nous ferons appel », a annoncé Jean Dupuis, le président du club.", [("appel", "Jean Dupuis")]),
# 42 gender-agreeing participle
("participle_gender", "Le ministre Julien Roche et la présidente de région Anne Vidal se sont rencontrés. Interrogée sur le financement, elle a assuré que la région paierait.", [("région paierait", "Anne Vidal")]),
# 43 plural pronouns
("plural_ils", "Les agriculteurs ont bloqué l'autoroute. Ils affirment que leurs revenus ont baissé de 30 %.", [("revenus", "les agriculteurs")]),
# 44 "le responsable" / "le dirigeant" generic
("responsable", "Le directeur de l'usine, Alain Perret, a reçu les syndicats. Le responsable a assuré qu'aucun poste ne serait supprimé.", [("poste", "Alain Perret")]),
]
CASES += [
("demonstrative_role", "Hélène Mairet, climatologue au CNRS, suit ces relevés depuis vingt ans. Pour cette spécialiste du climat, la tendance est « sans ambiguïté ».", [("tendance", "Hélène Mairet")]),
("demonstrative_role", "Le ministre des Transports, Clément Beaune-Aubry, a reçu les élus. Ce proche du président a assuré que la ligne serait financée.", [("ligne", "Clément Beaune-Aubry")]),
("faits_divers_epithet", "Un homme de 52 ans, Patrice Lenoir, a été interpellé. Le quinquagénaire a affirmé qu'il ne se souvenait de rien.", [("souvenait", "Patrice Lenoir")]),
("faits_divers_epithet", "Sarah Benali, 19 ans, a été secourue par un passant. « J'ai cru mourir », raconte la jeune femme.", [("mourir", "Sarah Benali")]),
("demonym_noun", "Le Français Julien Alaphilippe a remporté l'étape. « J'ai attaqué au bon moment », a expliqué le Tricolore.", [("attaqué", "Julien Alaphilippe")]),
("demonym_noun", "L'Argentin Lucas Ferreyra a signé jusqu'en 2028. « Je rêvais de ce club », a déclaré l'Argentin.", [("rêvais", "Lucas Ferreyra")]),
("ex_role", "L'ex-ministre de la Culture, Aurélie Filippi, a publié une tribune. L'ancienne ministre y affirme que le patrimoine est « en danger ».", [("patrimoine", "Aurélie Filippi")]),
("celle_qui", "Anne Jourdan a été réélue à la tête de la région. Celle qui préside la région depuis 2021 a promis que les lycées seraient rénovés.", [("lycées", "Anne Jourdan")]),
("numero_un", "Le numéro un de la CGT, Thierry Lepaon-Roux, a appelé à la mobilisation. « Nous serons des millions », a-t-il prédit.", [("millions", "Thierry Lepaon-Roux")]),
("party_parenthesis", "Le député Paul Roux (LFI) a dénoncé un texte « liberticide ».", [("liberticide", "Paul Roux")]),
("party_parenthesis", "La présidente (LR) de la région, Valérie Pécresse-Moreau, a assuré que les trains seraient remplacés.", [("trains", "Valérie Pécresse-Moreau")]),
("s_est_dit", "Le maire, Gilles Pradel, s'est dit « choqué » par les violences.", [("choqué", "Gilles Pradel")]),
("dapres_outlet", "D'après Le Parisien, le suspect avait déjà été condamné.", [("suspect", "Le Parisien")]),
("outlet_rapporte", "Le Monde rapporte que le ministre a reçu des menaces.", [("menaces", "Le Monde")]),
("pour_qui", "Le maire, pour qui la décision est « injuste », a saisi le tribunal administratif.", [("injuste", "maire")]),
("quant_a", "Quant à la ministre, Hélène Vautrin, elle a assuré que les crédits seraient débloqués.", [("crédits", "Hélène Vautrin")]),
("quant_a", "Le ministre Paul Aubry a défendu le texte. Quant à la députée Élise Moreau, elle estime que la réforme est « injuste ».", [("injuste", "Élise Moreau")]),
("lui_contrastive", "Le préfet a reporté sa décision. Le maire, lui, assure que le chantier démarrera lundi.", [("chantier", "maire")]),
("meme_son_de_cloche", "Même son de cloche chez Stellantis, où l'on estime que les ventes vont reculer.", [("ventes", "Stellantis")]),
("inverted_with_destination", "« Nous avons été trahis », a confié à l'AFP le maire de Montargis, Benoît Digeon-Laurent.", [("trahis", "Benoît Digeon-Laurent")]),
("inverted_with_destination", "« Tout le monde savait », explique au Parisien Sophie Marcellin, une ancienne salariée.", [("savait", "Sophie Marcellin")]),
("first_name_later", "Sophie Marcellin travaille à l'usine depuis 1998. « On nous a menti pendant des années », raconte Sophie, les larmes aux yeux.", [("menti", "Sophie Marcellin")]),
("ministre_delegue", "La ministre déléguée chargée de l'Égalité, Aurore Berger-Lacaze, a annoncé qu'un numéro d'écoute serait créé.", [("numéro", "Aurore Berger-Lacaze")]),
("par_la_voix", "Le gouvernement, par la voix de sa porte-parole, Maud Bregeon-Vial, a assuré que le texte serait retiré.", [("retiré", "Maud Bregeon-Vial")]),
("magistrat_family", "Le procureur de la République de Marseille, Nicolas Bessone-Vidal, a tenu une conférence de presse. Le magistrat a indiqué que trois suspects étaient en garde à vue.", [("suspects", "Nicolas Bessone-Vidal")]),
("party_noun", "Le président américain Donald Trump a menacé l'Europe. Le républicain a affirmé que les droits de douane seraient doublés.", [("douane", "Donald Trump")]),
("name_then_il_next_par", "Le maire de Dax, Julien Dubois, a présenté le projet.\n\nIl a précisé que les travaux commenceraient en mai.", [("travaux", "Julien Dubois")]),
("pronoun_elle_after_org", "La fédération a publié ses chiffres. Sa présidente, Chantal Rivière, s'inquiète : « Nous perdons des licenciés chaque année. »", [("licenciés", "Chantal Rivière")]),
("colon_intro_sentence", "Le préfet de police, Laurent Nuñez-Bertin, a été clair : « Aucune manifestation ne sera tolérée. »", [("manifestation", "Laurent Nuñez-Bertin")]),
("colon_intro_sentence", "La ministre a résumé la situation : « Nous sommes au bord du gouffre. »", [("gouffre", "ministre")]),
("quote_before_name_role", "« C'est un jour noir pour la démocratie », a réagi sur X Marine Tondelier-Royer, secrétaire nationale des Écologistes.", [("jour noir", "Marine Tondelier-Royer")]),
("reported_name_org", "Selon Jean Martin, du cabinet Syntec, les salaires vont progresser de 3 %.", [("salaires", "Jean Martin")]),
("lequel_laquelle", "Les policiers ont interrogé le gérant du bar, lequel a affirmé n'avoir rien vu.", [("rien vu", "gérant du bar")]),
("il_after_quote_by_other_gender", "« Je reste optimiste », a déclaré la ministre Agnès Perrin.\n\nSon collègue de l'Économie, Bruno Lemaître, est plus prudent. Il estime que la croissance sera « faible ».", [("croissance", "Bruno Lemaître")]),
("on_apprend", "On apprend par ailleurs, selon la gendarmerie, que le conducteur n'avait pas de permis.", [("permis", "gendarmerie")]),
("estime_son_entourage", "« Il n'est pas candidat », assure son entourage.", [("candidat", "son entourage")]),
("un_porte_parole_de", "« Les vols reprendront demain », a indiqué un porte-parole d'Air France.", [("vols", "un porte-parole d'Air France")]),
("la_direction_de", "La direction de l'hôpital assure que les patients ont été transférés.", [("patients", "direction de l'hôpital")]),
("les_secours", "Quatre personnes ont été blessées, selon les pompiers.", [("blessées", "pompiers")]),
("preposed_complement", "Devant les journalistes, le sélectionneur Didier Deschamps-Roy a assuré que l'équipe était prête.", [("prête", "Didier Deschamps-Roy")]),
("preposed_participle", "Arrivé sur place vers 22 heures, le commandant des pompiers, Éric Valade, a expliqué que le feu était maîtrisé.", [("feu", "Éric Valade")]),
("interview_lead", "Dans un entretien au Figaro, la ministre de la Culture, Rachida Daoudi, affirme que le budget sera préservé.", [("budget", "Rachida Daoudi")]),
("interview_lead", "Dans une interview accordée à RTL, Jordan Bardet-Vinel a affirmé que son parti gouvernerait « dès 2027 ».", [("gouvernerait", "Jordan Bardet-Vinel")]),
]
CASES += [
("inherit_narration_person", "Jean Roussel a fondé l'association en 2015 avec trois amis.\n\n« Au début, nous n'étions que cinq bénévoles. Aujourd'hui, nous sommes deux cents. »", [("bénévoles", "Jean Roussel")]),
("colon_paragraph", "Le maire de Brest, Marc Le Gall, a tenu à rassurer les habitants :\n\n« L'eau du robinet est parfaitement potable. »", [("potable", "Marc Le Gall")]),
("possessive_role_name", "Le Kremlin a réagi dans la soirée. Son porte-parole, Dmitri Orlov, a assuré que Moscou « ne céderait pas ».", [("céderait", "Dmitri Orlov")]),
("entourage", "L'entourage du président assure que la décision sera prise « dans les prochains jours ».", [("décision", "l'entourage du président")]),
("cabinet", "Le cabinet du ministre de l'Intérieur a fait savoir que la manifestation était interdite.", [("manifestation", "le cabinet du ministre de l'Intérieur")]),
("acronym_later", "La Confédération générale du travail (CGT) appelle à la grève jeudi. La CGT estime que la réforme est « injuste ».", [("injuste", "Confédération générale du travail")]),
("org_pronoun", "La SNCF a annoncé la suppression de 30 % des TGV. Elle précise que les TER ne sont pas concernés.", [("TER", "SNCF")]),
("org_pronoun", "Le gouvernement a présenté son plan mercredi. Il assure que les économies atteindront 10 milliards d'euros.", [("économies", "gouvernement")]),
("par_la_voix", "Le syndicat, par la voix de son secrétaire général, Jean Marchetti, dénonce un « passage en force ».", [("passage", "Jean Marchetti")]),
("me_title", "Pour Me Sophie Dupont-Vidal, avocate de la famille, l'enquête a été « bâclée ».", [("bâclée", "Sophie Dupont-Vidal")]),
("me_title", "Me Paul Girard défend l'ancien maire. « Mon client est innocent », a déclaré Me Girard.", [("innocent", "Paul Girard")]),
("particle_surname", "Marine Le Pen a dénoncé le texte. Mme Le Pen a ajouté que son groupe voterait contre.", [("voterait", "Marine Le Pen")]),
("inverted_long_role", "« La gauche doit se rassembler », a estimé l'ancien président de la République François Hollande-Morel.", [("rassembler", "François Hollande-Morel")]),
("role_adjective_tied", "Le président ukrainien, Volodymyr Zelensky, était à Bruxelles. Le dirigeant ukrainien a affirmé que son pays « tiendrait ».", [("tiendrait", "Volodymyr Zelensky")]),
("interroge_participle", "Le ministre de l'Agriculture, Marc Fesneau-Leroy, était à Rennes. Interrogé sur les prix, le ministre a assuré que les marges seraient contrôlées.", [("marges", "Marc Fesneau-Leroy")]),
("quote_then_cest", "« Nous ne lâcherons rien. » Ce sont les mots de Julie Perrot, porte-parole du collectif.", [("lâcherons", "Julie Perrot")]),
("lire_dans", "« Les délais seront respectés », peut-on lire dans le communiqué du ministère.", [("délais", "ministère")]),
("indique_le_rapport", "« Le dispositif n'a pas atteint ses objectifs », indique le rapport de la Cour des comptes.", [("dispositif", "Cour des comptes")]),
("org_elle", "La mairie de Lyon a lancé une consultation. Elle assure que tous les habitants seront entendus.", [("habitants", "mairie de Lyon")]),
("parmi_eux", "Des dizaines de riverains se sont rassemblés. Parmi eux, Paul, 45 ans, raconte : « On n'a pas dormi depuis trois jours. »", [("dormi", "Paul")]),
("indefinite_role", "« On manque de tout », résume un policier.", [("manque", "un policier")]),
("colon_description", "Nicolas Dupré, 45 ans, chauffeur routier : « Le gazole est devenu hors de prix. »", [("gazole", "Nicolas Dupré")]),
("particle_surname_later", "La présidente de la Commission européenne, Ursula von der Leyen, était à Kiev. Mme von der Leyen a promis que l'aide serait maintenue.", [("aide", "Ursula von der Leyen")]),
("epithet_diplomatie", "Le chef de la diplomatie française, Jean-Noël Barrot-Lenoir, a reçu son homologue. Le chef de la diplomatie a assuré que Paris soutenait Kiev.", [("Paris soutenait", "Jean-Noël Barrot-Lenoir")]),
("lui_elle_contrastive", "La ministre de la Santé, Catherine Vautrin-Roy, a défendu la réforme. La ministre, elle, assure que les urgences ne fermeront pas.", [("urgences", "Catherine Vautrin-Roy")]),
("cite_par", "Selon le ministère de l'Intérieur, cité par l'AFP, 120 personnes ont été interpellées.", [("interpellées", "ministère de l'Intérieur")]),
("informations_de", "D'après des informations de franceinfo, le ministre va démissionner.", [("démissionner", "franceinfo")]),
("on_au_ministere", "« Rien n'est décidé », affirme-t-on au ministère de l'Éducation.", [("décidé", "ministère de l'Éducation")]),
("son_president", "Contacté, le club n'a pas souhaité réagir. Son président, Louis Fabre, a toutefois assuré que l'entraîneur resterait en poste.", [("entraîneur", "Louis Fabre")]),
("senateur_party", "« Ce texte est dangereux », insiste le sénateur (LR) du Rhône, François-Noël Buffet-Roux.", [("dangereux", "François-Noël Buffet-Roux")]),
("homologue", "Le ministre des Armées a reçu son homologue allemand. Son homologue, Boris Pistorius-Klein, a estimé que l'Europe devait « accélérer ».", [("accélérer", "Boris Pistorius-Klein")]),
("poursuit_role", "« Le budget est insincère », a dénoncé le député Charles de Courson-Vial.\n\n« Il manque au moins 15 milliards », poursuit le parlementaire.", [("milliards", "Charles de Courson-Vial")]),
("three_paragraph_pronoun", "La directrice de l'école, Sylvie Marchal, a alerté le rectorat.\n\n« Nous avons trois classes sans enseignant depuis la rentrée », explique-t-elle.\n\nElle ajoute que les parents « commencent à perdre patience ».", [("enseignant", "Sylvie Marchal"), ("patience", "Sylvie Marchal")]),
("after_other_speaker_pronoun", "« Le projet est validé », a affirmé la préfète, Anne Couderc.\n\nLe maire de la commune, Jacques Bonnet, conteste. « Personne ne nous a consultés », déplore-t-il.", [("consultés", "Jacques Bonnet")]),
("standfirst_colon_name", "Réforme des retraites : pour Laurent Berger-Noé, « le compte n'y est pas »", [("compte", "Laurent Berger-Noé")]),
("headline_inverted", "Incendie de Marseille : « Nous savions que l'immeuble était dangereux », reconnaît la mairie", [("immeuble", "mairie")]),
]
CASES += [
# court reports
("court_president_tribunal", "Le président du tribunal, Olivier Brunet, a interrogé le prévenu. « Pourquoi avoir menti aux enquêteurs ? », lui a-t-il demandé. Le prévenu, Yanis K., a répondu qu'il avait « eu peur ».", [("eu peur", "Yanis K.")]),
("court_defense", "Pour la défense, Me Julien Lacroix a plaidé la relaxe, estimant que « rien dans le dossier » ne prouvait la préméditation.", [("préméditation", "Julien Lacroix")]),
("court_partie_civile", "L'avocate des parties civiles, Me Claire Nadal, a dénoncé « un mépris total pour les victimes ».", [("mépris", "Claire Nadal")]),
("court_requisitions", "Dans ses réquisitions, le procureur a estimé que l'accusé avait agi « avec une froide détermination ».", [("froide", "procureur")]),
("court_accuse_lui", "L'accusé, lui, a maintenu sa version. « Je n'ai jamais touché à cette arme », a-t-il répété.", [("arme", "accusé")]),
# sports
("sport_coach_name_after", "« On a manqué de réalisme », a regretté Franck Haise-Morel, l'entraîneur niçois, après le match.", [("réalisme", "Franck Haise-Morel")]),
("sport_capitaine", "Le capitaine des Bleus, Antoine Dupont-Rey, s'est montré confiant. « On sait ce qu'on vaut », a-t-il lancé.", [("vaut", "Antoine Dupont-Rey")]),
("sport_le_technicien", "L'entraîneur lensois, Will Still-Moreau, a salué l'état d'esprit de ses joueurs. « Ils ont tout donné », a insisté le technicien belge.", [("tout donné", "Will Still-Moreau")]),
("sport_selectionneur", "Didier Deschamps-Roy a dévoilé sa liste jeudi. Le sélectionneur a expliqué qu'il avait « fait des choix difficiles ».", [("choix", "Didier Deschamps-Roy")]),
# local politics
("local_opposition", "Dans l'opposition, le conseiller municipal Rémi Fabre dénonce « un projet pharaonique ».", [("pharaonique", "Rémi Fabre")]),
("local_adjoint", "L'adjointe à l'urbanisme, Karine Leblanc, assure que les travaux dureront deux ans.", [("travaux", "Karine Leblanc")]),
("local_maire_name_later", "Le maire (PS) de Nantes, Johanna Rolland-Petit, a présenté le budget. Selon l'édile, la dette est « maîtrisée ».", [("dette", "Johanna Rolland-Petit")]),
("local_collectif", "Le collectif Sauvons la forêt, qui réunit 200 habitants, estime que le projet menace « un écosystème unique ».", [("écosystème", "Sauvons la forêt")]),
("local_association_president", "Le président de l'association des commerçants, Michel Arnaud, craint que la fermeture de la rue « tue le centre-ville ».", [("centre-ville", "Michel Arnaud")]),
# economy
("eco_company_ceo", "Le PDG de Renault, Luca de Meo-Rossi, a affirmé que le groupe tiendrait ses objectifs.", [("objectifs", "Luca de Meo-Rossi")]),
("eco_company_statement", "Dans un communiqué, Airbus indique que les livraisons reprendront en mars.", [("livraisons", "Airbus")]),
("eco_analyst", "« Le marché anticipe une baisse des taux », analyse Sophie Lenoir, économiste chez Natixis.", [("taux", "Sophie Lenoir")]),
("eco_insee", "L'Insee prévoit que l'inflation reculera à 2 % d'ici la fin de l'année, selon sa note de conjoncture.", [("inflation", "Insee")]),
("eco_banque_de_france", "La Banque de France a abaissé sa prévision de croissance. Son gouverneur, François Villeroy de Galhau-Roux, a expliqué que l'économie « résistait ».", [("résistait", "François Villeroy de Galhau-Roux")]),
# faits divers
("fd_temoin", "Un témoin, qui souhaite rester anonyme, raconte avoir entendu « trois détonations ».", [("détonations", "un témoin")]),
("fd_voisine", "« Il était gentil, toujours poli », confie une voisine.", [("poli", "une voisine")]),
("fd_gendarmerie", "Selon les gendarmes, le conducteur roulait à 180 km/h.", [("180", "gendarmes")]),
("fd_pompiers_commandant", "Le commandant des pompiers, le lieutenant-colonel Éric Marty, a précisé que l'incendie était maîtrisé.", [("incendie", "Éric Marty")]),
("fd_mere", "La mère de la victime, Nadia Benali, réclame « la vérité ». Elle affirme que sa fille avait porté plainte à deux reprises.", [("plainte", "Nadia Benali")]),
# international
("intl_agency", "Le ministère russe de la Défense a affirmé avoir abattu 40 drones, selon l'agence Tass.", [("drones", "ministère russe de la Défense")]),
("intl_president_name", "Le président américain a assuré jeudi que les États-Unis « ne laisseraient pas tomber » leurs alliés.", [("alliés", "président américain")]),
("intl_porte_parole", "La porte-parole de la Maison Blanche, Karoline Leavitt-Moss, a indiqué que le président signerait le texte.", [("signerait", "Karoline Leavitt-Moss")]),
("intl_diplomat", "Un diplomate européen, sous couvert d'anonymat, estime que les négociations sont « au point mort ».", [("point mort", "un diplomate européen")]),
# interview
("interview_intro", "Dans un entretien accordé au Monde, l'ancien ministre Bruno Lemaire-Roy estime que la France est « au bord du déclassement ».", [("déclassement", "Bruno Lemaire-Roy")]),
("interview_answer", "Pour le philosophe Pierre Manent-Lévy, interrogé par Le Figaro, la démocratie est « fatiguée ».", [("fatiguée", "Pierre Manent-Lévy")]),
# continued
("qui_relative_claim", "Le maire a reçu Paul Dumas, qui a affirmé que les travaux étaient « indispensables ».", [("indispensables", "Paul Dumas")]),
("dont_relative", "La ministre Agnès Firmin-Le Bodo, dont le projet est contesté, a assuré qu'elle ne reculerait pas.", [("reculerait", "Agnès Firmin-Le Bodo")]),
("participle_opening", "Interpellé sur le sujet à l'Assemblée, le Premier ministre a reconnu que le calendrier était « serré ».", [("calendrier", "Premier ministre")]),
("name_then_role_later_pronoun", "« C'est une trahison », a réagi Fabien Roussel-Marti.\n\nLe secrétaire national du PCF estime que le gouvernement « a menti ».", [("menti", "Fabien Roussel-Marti")]),
]
CASES += [
("article_strike", "Grève à la RATP : le trafic sera « très perturbé » jeudi\n\nLa direction de la RATP a annoncé mercredi que le trafic serait « très perturbé » sur la plupart des lignes de métro jeudi.\n\nLes syndicats protestent contre la réforme du temps de travail. « La direction refuse tout dialogue », a dénoncé Bastien Marquet, secrétaire général de FO-RATP.\n\nSelon lui, plus de 60 % des conducteurs seront en grève.\n\nLa ministre des Transports, Élodie Ravel, a appelé au « sens des responsabilités ». Elle a assuré que « des solutions existent ».\n\n« Nous ne céderons pas au chantage », a pour sa part déclaré le PDG de la régie, Jean Castex-Roy.",
 [("très perturbé » sur", "direction de la RATP"), ("refuse tout dialogue", "Bastien Marquet"), ("60 %", "Bastien Marquet"), ("solutions", "Élodie Ravel"), ("chantage", "Jean Castex-Roy")]),
("article_court", "Procès de l'incendie de la rue Erlanger : la défense plaide l'accident\n\nAu troisième jour du procès, l'accusée, Essia B., a de nouveau nié avoir voulu tuer. « Je voulais juste faire peur », a-t-elle déclaré à la barre.\n\nLe président de la cour, Marc Ferrand, l'a interrogée sur ses messages. « Pourquoi écrire que vous alliez tout brûler ? », lui a-t-il demandé.\n\nPour l'avocat général, Philippe Courroye-Lenoir, les faits sont « d'une gravité exceptionnelle ». Le magistrat a requis vingt ans de réclusion.\n\nSon avocat, Me Thomas Kleine, a dénoncé un réquisitoire « hors de proportion ».",
 [("faire peur", "Essia B."), ("gravité", "Philippe Courroye-Lenoir"), ("hors de proportion", "Thomas Kleine")]),
("article_sport", "Ligue 1 : Lens s'impose à Marseille\n\nLe RC Lens a battu l'OM (2-1) dimanche au Vélodrome. « C'est une victoire de caractère », s'est félicité l'entraîneur lensois, Pierre Sage-Martin.\n\nCôté marseillais, Roberto De Zerbi-Lopez ne cachait pas sa déception. « Nous avons été trop naïfs », a regretté le technicien italien.\n\nLe capitaine Leonardo Balerdi-Ruiz a reconnu que l'équipe devait « se remettre en question ».\n\n« On va travailler », a-t-il ajouté.",
 [("caractère", "Pierre Sage-Martin"), ("naïfs", "Roberto De Zerbi-Lopez"), ("remettre", "Leonardo Balerdi-Ruiz"), ("travailler", "Leonardo Balerdi-Ruiz")]),
("article_local", "Brest : la piscine municipale fermera deux ans pour travaux\n\nLa mairie de Brest a confirmé mardi la fermeture de la piscine de Recouvrance à partir de septembre.\n\n« Le bâtiment n'est plus aux normes », explique l'adjoint aux sports, Yann Le Goff. Selon l'élu, les travaux coûteront 12 millions d'euros.\n\nL'opposition dénonce un « manque d'anticipation ». Pour la conseillère municipale Gaëlle Morvan, « les clubs vont se retrouver sans bassin ».\n\nLes usagers, eux, s'inquiètent. « Où vont aller les enfants ? », s'interroge Marie-Anne, mère de trois enfants.",
 [("normes", "Yann Le Goff"), ("12 millions", "Yann Le Goff"), ("anticipation", "opposition"), ("bassin", "Gaëlle Morvan")]),
("article_eco", "Stellantis supprime 1 000 postes à Sochaux\n\nLe constructeur automobile Stellantis a annoncé jeudi la suppression de 1 000 postes sur son site de Sochaux. Le groupe invoque « la baisse des ventes de véhicules électriques ».\n\n« C'est un coup de massue », réagit Laurent Vuillemin, délégué CGT du site. Le syndicaliste craint « un effet domino chez les sous-traitants ».\n\nLe ministre de l'Industrie, Marc Ferracci-Roy, a jugé la décision « regrettable ». Il a promis que l'État accompagnerait les salariés.",
 [("baisse des ventes", "Stellantis"), ("massue", "Laurent Vuillemin"), ("regrettable", "Marc Ferracci-Roy"), ("accompagnerait", "Marc Ferracci-Roy")]),
]
CASES += [
("article_faitsdivers", "Toulouse : un adolescent blessé par balle dans le quartier du Mirail\n\nUn adolescent de 16 ans a été grièvement blessé par balle dans la nuit de samedi à dimanche, a-t-on appris de source policière.\n\nSelon les premiers éléments de l'enquête, le jeune homme a été visé par des tirs depuis un véhicule. Le parquet de Toulouse a ouvert une enquête pour tentative de meurtre.\n\n« Ses jours ne sont pas en danger », a précisé le procureur, David Charmatz-Roux, lors d'un point presse.\n\nSur place, les habitants sont sous le choc. « On entend des tirs presque chaque semaine », témoigne Samira, 42 ans, qui vit dans le quartier depuis vingt ans. Elle dénonce « l'abandon » des pouvoirs publics.",
 [("grièvement", "source policière"), ("jours ne sont pas", "David Charmatz-Roux"), ("tirs presque", "Samira"), ("abandon", "Samira")]),
("article_intl", "Ukraine : Kiev accuse Moscou d'avoir visé des infrastructures énergétiques\n\nLe président ukrainien Volodymyr Zelensky a accusé lundi la Russie d'avoir lancé plus de 100 missiles contre le réseau électrique.\n\n« La Russie veut plonger l'Ukraine dans le noir », a-t-il écrit sur Telegram.\n\nLe Kremlin a démenti. Son porte-parole, Dmitri Peskov, a assuré que l'armée russe ne visait « que des cibles militaires ».\n\nÀ Bruxelles, la cheffe de la diplomatie européenne, Kaja Kallas, a dénoncé des frappes « barbares ». La responsable estonienne a plaidé pour de nouvelles sanctions.",
 [("dans le noir", "Volodymyr Zelensky"), ("cibles militaires", "Dmitri Peskov"), ("barbares", "Kaja Kallas")]),
("article_interview", "Claire Hédon : « Les droits des étrangers reculent »\n\nLa Défenseure des droits publie mardi son rapport annuel. Pour Claire Hédon, les réclamations liées aux titres de séjour ont « explosé ».\n\nDans un entretien au Monde, elle estime que l'administration « se retranche derrière le numérique ».\n\n« Des milliers de personnes perdent leur emploi faute de rendez-vous en préfecture », déplore-t-elle.",
 [("explosé", "Claire Hédon"), ("numérique", "Claire Hédon"), ("milliers", "Claire Hédon")]),
("article_health", "Grippe : l'épidémie atteint son pic\n\nL'épidémie de grippe a atteint son pic cette semaine, selon Santé publique France.\n\n« Nous observons une légère baisse des passages aux urgences », indique l'agence sanitaire dans son bulletin hebdomadaire.\n\nLe professeur Gilles Pialoux, infectiologue à l'hôpital Tenon, appelle cependant à la prudence. Selon le médecin, « le virus circulera encore plusieurs semaines ».",
 [("pic cette semaine", "Santé publique France"), ("légère baisse", "Santé publique France"), ("circulera", "Gilles Pialoux")]),
]
CASES += [
("same_par_two_then_pronoun", "« Le dossier avance », a assuré le ministre Paul Aubry. Sa collègue Anne Verdier est plus réservée : « Rien n'est signé. » Elle ajoute que les syndicats « attendent des garanties ».", [("signé", "Anne Verdier"), ("garanties", "Anne Verdier")]),
("lui_stressed", "La préfète a fait marche arrière. Le maire, Jean Brun, ne décolère pas. Lui affirme que la décision est « illégale ».", [("illégale", "Jean Brun")]),
("de_son_cote_elle", "Paul Aubry défend la réforme. De son côté, Anne Verdier, la présidente du groupe, estime qu'elle « va trop loin ».", [("trop loin", "Anne Verdier")]),
("poursuit_same_par", "« On a été trahis », lâche Karim Saïdi, chauffeur depuis quinze ans. « On nous avait promis une prime », poursuit-il.", [("prime", "Karim Saïdi")]),
("inverted_role_then_name_parenthesis", "« La sécurité n'est pas négociable », a martelé le ministre de l'Intérieur (LR), Bruno Retailleau-Moreau.", [("négociable", "Bruno Retailleau-Moreau")]),
("selon_son_porte_parole", "Le ministère n'a pas commenté. Selon son porte-parole, Julien Baudry, « aucune décision n'a été prise ».", [("aucune décision", "Julien Baudry")]),
("indique_on_a", "« Le dossier est suivi de près », indique-t-on à la préfecture du Nord.", [("suivi", "préfecture du Nord")]),
("name_age_job_colon", "Lucas, 23 ans, étudiant en droit : « Je ne pourrai plus payer mon loyer. »", [("loyer", "Lucas")]),
("mme_full_later", "Sophie Binet-Roux a été reçue à Matignon. « Le Premier ministre ne nous a rien proposé », a regretté Mme Binet-Roux à la sortie.", [("rien proposé", "Sophie Binet-Roux")]),
("president_surname", "Le président du Sénat, Gérard Larcher-Vidal, a reçu les maires. M. Larcher-Vidal a estimé que les communes étaient « asphyxiées ».", [("asphyxiées", "Gérard Larcher-Vidal")]),
("role_of_org_speaks", "Le groupe Carrefour a publié ses résultats. Son PDG, Alexandre Bompard-Roy, a assuré que les prix baisseraient.", [("prix", "Alexandre Bompard-Roy")]),
("quote_role_name_inverted", "« Les magasins resteront ouverts », assure le directeur général de Carrefour France, Thierry Roux.", [("magasins", "Thierry Roux")]),
("ajoute_le_ministre", "Le ministre de l'Économie, Éric Lombard-Roy, a présenté le budget. « Nous tiendrons les 5 % de déficit », a ajouté le ministre.", [("déficit", "Éric Lombard-Roy")]),
("dixit", "« Il faut tout reprendre à zéro », dixit le rapporteur du texte, Paul Vannier-Roy.", [("zéro", "Paul Vannier-Roy")]),
("aux_dires", "Aux dires de son entourage, le ministre « ne lâchera rien ».", [("lâchera", "son entourage")]),
("a_en_croire", "À en croire le syndicat, 80 % des agents sont en grève.", [("80 %", "syndicat")]),
("comme_l_explique", "Comme l'explique la chercheuse Anne Morel, « les glaciers fondent plus vite que prévu ».", [("glaciers", "Anne Morel")]),
("comme_le_rappelle", "Comme le rappelle l'Insee, le chômage a baissé de 0,2 point.", [("chômage", "Insee")]),
]
CASES += [
("pronoun_object_person_between", "La ministre du Travail, Astrid Panosyan-Roux, a reçu Sophie Binet-Leroy mardi. Elle a assuré que le dialogue social « n'était pas mort ».", [("dialogue", "Astrid Panosyan-Roux")]),
("pronoun_il_two_men", "Le juge Marc Trévidic-Roy a entendu Pierre Lenoir pendant six heures. Il a estimé que les charges étaient « suffisantes ».", [("charges", "Marc Trévidic-Roy")]),
("role_two_people_diff_roles", "Le maire de Lille, Arnaud Deslandes-Roy, et le préfet du Nord, Bertrand Gaume-Vidal, ont visité le site. Le préfet a annoncé que l'usine serait fermée.", [("usine", "Bertrand Gaume-Vidal")]),
("role_two_people_diff_roles2", "Le maire de Lille, Arnaud Deslandes-Roy, et le préfet du Nord, Bertrand Gaume-Vidal, ont visité le site. Le maire a regretté que personne ne l'ait prévenu.", [("prévenu", "Arnaud Deslandes-Roy")]),
("surname_two_same_family", "Marine Lenoir et son frère Paul Lenoir dirigent l'entreprise. Selon Marine Lenoir, les ventes ont doublé.", [("ventes", "Marine Lenoir")]),
("elle_after_male_quote_female_named_before", "La présidente de la région, Carole Delga-Vidal, a rencontré le ministre. « Nous avons été entendus », a déclaré le ministre, Patrick Mignola-Roy. Elle a toutefois jugé que les crédits étaient « insuffisants ».", [("insuffisants", "Carole Delga-Vidal")]),
("quote_par_inherit_after_role_par", "Le directeur du festival, Olivier Py-Moreau, tire un bilan positif.\n\n« Nous avons accueilli 150 000 spectateurs, un record. »", [("150 000", "Olivier Py-Moreau")]),
("inherit_after_colon_role", "Le porte-parole de la police, Olivier Lenoir, a détaillé le dispositif :\n\n« Plus de 2 000 agents seront mobilisés. »", [("2 000", "Olivier Lenoir")]),
("selon_le_ministere_person_after", "Selon le ministère de l'Intérieur, 3 000 policiers ont été mobilisés. Le ministre, Laurent Nuñez-Roy, a salué leur « professionnalisme ».", [("3 000", "ministère de l'Intérieur"), ("professionnalisme", "Laurent Nuñez-Roy")]),
]


def main(argv: list[str]) -> int:
    tally: dict[str, list[int]] = collections.OrderedDict()
    verbose = "-v" in argv
    for construction, text, expected in CASES:
        claims = [c for c in extract(Article(text, language="fr")).claims if c.kind != "assertion"]
        ok, notes = True, []
        for fragment, speaker in expected:
            hit = [c for c in claims if fragment in c.content]
            if not hit:
                ok = False
                notes.append(f"MISSING {fragment!r}: {[(c.content[:40], c.speaker.name if c.speaker else None) for c in claims]}")
                continue
            got = hit[0].speaker.name if hit[0].speaker else None
            if not same_speaker(speaker, got):
                ok = False
                notes.append(f"WRONG {fragment!r}: got {got!r} want {speaker!r}")
        counts = tally.setdefault(construction, [0, 0])
        counts[0] += 1
        counts[1] += ok
        if not ok or verbose:
            print(("FAIL " if not ok else "ok   ") + construction + " | " + text[:90].replace("\n", " / "))
            for note in notes:
                print("     ", note)
    total = sum(v[0] for v in tally.values())
    good = sum(v[1] for v in tally.values())
    print(f"\nTOTAL {good}/{total} sentences; constructions fully right "
          f"{sum(1 for v in tally.values() if v[0] == v[1])}/{len(tally)}")
    if "-t" in argv:
        for name, (n, right) in tally.items():
            print(f"{name:32s} {right}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
