"""The gender a first name gives a person, when the article's own words say nothing of it.

Pronouns ("il", "she", "-t-elle") resolve to the nearest person of a compatible gender; the article's
titles, roles and pronouns decide first (`FrenchReferences.gender_of`), and a first name only fills
the gap. Only names that are near-always one gender in French- and English-language copy are
listed: "Camille", "Dominique", "Claude", "Alex", "Sam", "Jordan", "Andrea" (Italian men) are not. The Arabic
kunyas "Umm" (mother of) and "Abu" (father of) open names of one gender too ("Umm Faisal")."""

from __future__ import annotations

from claims.extract.speaker_lexicon import fold

_FEMININE = frozenset(fold(n) for n in """
Agnès Alice Aline Amandine Amélie Anaïs Angélique Anne Annie Audrey Aurélie Béatrice Bernadette Berthe Brigitte
Carole Caroline Catherine Cécile Céline Chantal Charlotte Chloé Christelle Christine Claire Clémence
Clémentine Colette Corinne Delphine Denise Diane Élise Élodie Émilie Emma Estelle Éva Évelyne Fabienne
Florence Françoise Gaëlle Geneviève Ginette Hélène Inès Isabelle Jacqueline Jeanne Joséphine Josiane
Juliette Julie Justine Karine Laetitia Laure Laurence Léa Lucie Madeleine Manon Marguerite Marie
Marianne Marine Marion Martine Mathilde Mélanie Monique Muriel Mylène Nadine Nathalie Nicole Noémie
Océane Odile Pascale Patricia Pauline Rachel Sabine Sandrine Sarah Séverine Simone Solène Sophie
Stéphanie Suzanne Sylvie Thérèse Valérie Véronique Virginie Yvette Zoé
Abigail Alison Amanda Amy Angela Ann Anna Ashley Barbara Betty Brenda Bridget Carol Cynthia Deborah Donna
Dorothy Elizabeth Ellen Emily Erin Fiona Gillian Grace Hannah Heather Helen Holly Jane Janet Jennifer
Jessica Joan Joanne Judith Julia Karen Kate Katherine Kathleen Kelly Laura Linda Lisa Lucy Margaret Maria
Mary Megan Melissa Michelle Nancy Olivia Pamela Patricia Rebecca Ruth Samantha Sandra Sharon Siobhan Louise
Susan Tracy Victoria Wendy
Jodie Kirsty Gemma Lauren Bethan Ffion Cerys Rhian Siân Carys Tamsin Morwenna Jenna Chloe Stacey Leanne
Ana Carmen Isabel Lucía Luisa Marta Mercedes Paola Rosa Silvia Sofia Giulia Francesca Chiara Elena
Anke Birgit Greta Heike Ingrid Katrin Petra Sabine Ursula Anneke Fatima Fatoumata Aminata Aïcha Amina
Khadija Leila Nadia Samira Yasmina Zainab Mariam Awa Aïssatou Olga Natalia Svetlana Tatiana Irina Anastasia
Samia Fatiha Malika Rachida Karima Zohra Souad Nabila Latifa Naïma Meriem Houria Djamila Farida Yamina Hafsa Salma
Amber Beverly Brittany Carla Cheryl Crystal Danielle Debra Gloria Janice Joyce Judy Kathy Kayla Kimberly Lori Marilyn Martha Natalie Shirley Tammy Teresa Theresa Tiffany Vanessa Hayley Kerry Nicola Harriet Eleanor Alexandra Caitlin
Akua Adjoa Abena Akosua Adwoa Efua Afua
Umm
""".split())

_MASCULINE = frozenset(fold(n) for n in """
Adrien Alain Alexandre Antoine Arnaud Arthur Baptiste Benoît Bernard Bertrand Bruno Cédric Christian
Christophe Clément Damien Daniel Didier Denis Éric Étienne Fabien Fabrice Florian François Frédéric
Gabriel Gaëtan Georges Gérard Gilles Guillaume Guy Henri Hervé Hugo Jacques Jean Jérôme Joël Jonathan
Julien Laurent Léo Louis Luc Lucas Marc Marcel Mathieu Matthieu Maxime Michel Nicolas Olivier Pascal
Patrice Patrick Paul Philippe Pierre Quentin Raymond Rémi Renaud René Richard Robert Roger Romain
Sébastien Serge Simon Stéphane Sylvain Thierry Thomas Thibault Vincent Xavier Yann Yannick Yves
Aaron Adam Alan Andrew Anthony Benjamin Brian Charles Christopher Colin Craig David Dean Edward Frank
Gary George Gordon Graham Gregory Harry Henry Ian Jack James Jason Jeffrey John Jonathan Joseph Joshua Dennis Douglas
Keith Kenneth Kevin Mark Martin Matthew Michael Neil Nigel Oliver Owen Patrick Peter Philip Raymond
Richard Robert Roger Ronald Scott Sean Simon Stephen Steven Stuart Timothy Tom Tony Walter William
Rhys Gareth Dafydd Iwan Huw Aled Owain Gethin Emyr Geraint Darren
Alejandro Carlos Diego Fernando Javier Jorge José Juan Luis Manuel Miguel Pablo Pedro Ricardo Roberto
Héctor Néstor Salvador Igor
Alessandro Francesco Giovanni Giuseppe Marco Matteo Paolo Stefano Hans Jürgen Klaus Stefan Wolfgang
Ahmed Ali Hassan Hussein Ibrahim Karim Khalid Mohamed Mohammed Mamadou Moussa Omar Youssef Amadou
Ousmane Sergei Sergueï Dmitri Dmitry Ivan Vladimir Andrei Oleksandr
Mourad Samir Rachid Mustapha Hamid Abdelkader Abdelaziz Nabil Farid Djamel Kamel Mehdi Yacine Sofiane Bilal
Hichem Lotfi Walid Tarek Slimane Larbi Abdellah Abdelmajid Driss Aziz Noureddine Redouane
Marcus Luke Ryan Jacob Ethan Nathan Adrian Eric Carl Derek Dale Wayne Troy Kyle Tyler Justin Brandon Greg Larry Jerry Bruce Roy Eugene Ralph Russell Phillip Todd Gerald Harold Howard Lawrence Leonard Victor Shane Travis Curtis Glenn Dylan Callum Connor Liam Jamie Ross Barry Clive Malcolm Trevor Duncan Hamish Alistair Fergus
Kofi Koffi Kwame Kwaku Kwabena Kwadwo Kwesi Kodjo Kojo
Dwayne Dwight Marlon Delroy Desmond Errol Leroy Winston
Abu
""".split())


def first_name_gender(name: str) -> str | None:
    """"f" or "m" for a full name whose first word is a listed first name, else None."""
    words = name.split()
    return _gender_of_first_name(words[0]) if len(words) >= 2 else None


def is_first_name(word: str) -> bool:
    """Whether WORD is a listed first name ("Jane"; "Humberto" is not listed)."""
    return _gender_of_first_name(word) is not None


def first_middle_and_surname(tokens: list[str]) -> bool:
    """Whether three capitalised words open on a listed first name ("Curtis Lamont Hale"): one person's name,
    even after a preposition that would make a place of the first word ("parole to Curtis Lamont Hale")."""
    return len(tokens) == 3 and is_first_name(tokens[0])


def _gender_of_first_name(word: str) -> str | None:
    first = fold(word.split("-")[0])
    if first in _FEMININE:
        return "f"
    if first in _MASCULINE:
        return "m"
    return None
