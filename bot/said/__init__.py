"""Facts a user states in passing, read from the words of their message, so they are not asked.

"wil me een fles wijn geven" is an offer: not accepted yet. "ik kreeg", "heb ... gekregen",
"ligt in mijn la" mean it has been received. Only clear cues count; anything else is asked.
An offer's cues win: "ik kreeg een cadeaubon aangeboden" is an offer. "ik wil anoniem melden"
answers whether a notice is anonymous; "niet anoniem" and "met mijn naam" answer it too.
"ik wil melden dat mijn teamleider ..." already describes the case of the notice. "ik kreeg
gisteren ..." says the day it happened. "die ik zelf behandel" is one's role in a case, "hij
kleineert me" a form of unwanted behaviour, "ik durf het niet te zeggen" that talking first is
not safe: the answers to the fact forms' questions, typed or said in a first message.

By subject: `facts` the facts of one's own dilemma (and `facts_said`, all of them in a first message), `others`
someone else's conduct and the roles people ask in, `notices` the talk about notices (anonymity, stop, send, ...),
`safety` danger, crisis and threats, `questions` questions about this chat and other answers; `cues` what they share.
"""
