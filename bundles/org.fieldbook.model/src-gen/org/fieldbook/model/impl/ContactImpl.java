/**
 */
package org.fieldbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.Account;
import org.fieldbook.model.Contact;
import org.fieldbook.model.FieldbookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.ContactImpl#getFullName <em>Full Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ContactImpl#getFirstName <em>First Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ContactImpl#getLastName <em>Last Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ContactImpl#getTelephone1 <em>Telephone1</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ContactImpl#getEmailAddress1 <em>Email Address1</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ContactImpl#getParentCustomer <em>Parent Customer</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ContactImpl#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.ContactImpl#getOwningBusinessUnit <em>Owning Business Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactImpl extends RecordImpl implements Contact {
	/**
	 * The default value of the '{@link #getFullName() <em>Full Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFullName()
	 * @generated
	 * @ordered
	 */
	protected static final String FULL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFullName() <em>Full Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFullName()
	 * @generated
	 * @ordered
	 */
	protected String fullName = FULL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstName() <em>First Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstName()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstName() <em>First Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstName()
	 * @generated
	 * @ordered
	 */
	protected String firstName = FIRST_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastName() <em>Last Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastName()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastName() <em>Last Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastName()
	 * @generated
	 * @ordered
	 */
	protected String lastName = LAST_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTelephone1() <em>Telephone1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTelephone1()
	 * @generated
	 * @ordered
	 */
	protected static final String TELEPHONE1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTelephone1() <em>Telephone1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTelephone1()
	 * @generated
	 * @ordered
	 */
	protected String telephone1 = TELEPHONE1_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmailAddress1() <em>Email Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmailAddress1()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_ADDRESS1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmailAddress1() <em>Email Address1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmailAddress1()
	 * @generated
	 * @ordered
	 */
	protected String emailAddress1 = EMAIL_ADDRESS1_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParentCustomer() <em>Parent Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentCustomer()
	 * @generated
	 * @ordered
	 */
	protected Account parentCustomer;

	/**
	 * The default value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected String ownerId = OWNER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwningBusinessUnit() <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNING_BUSINESS_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwningBusinessUnit() <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected String owningBusinessUnit = OWNING_BUSINESS_UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.CONTACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFullName() {
		return fullName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFullName(String newFullName) {
		String oldFullName = fullName;
		fullName = newFullName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONTACT__FULL_NAME, oldFullName, fullName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirstName() {
		return firstName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstName(String newFirstName) {
		String oldFirstName = firstName;
		firstName = newFirstName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONTACT__FIRST_NAME, oldFirstName, firstName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastName() {
		return lastName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastName(String newLastName) {
		String oldLastName = lastName;
		lastName = newLastName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONTACT__LAST_NAME, oldLastName, lastName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTelephone1() {
		return telephone1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTelephone1(String newTelephone1) {
		String oldTelephone1 = telephone1;
		telephone1 = newTelephone1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONTACT__TELEPHONE1, oldTelephone1, telephone1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmailAddress1() {
		return emailAddress1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmailAddress1(String newEmailAddress1) {
		String oldEmailAddress1 = emailAddress1;
		emailAddress1 = newEmailAddress1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONTACT__EMAIL_ADDRESS1, oldEmailAddress1, emailAddress1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Account getParentCustomer() {
		if (parentCustomer != null && parentCustomer.eIsProxy()) {
			InternalEObject oldParentCustomer = (InternalEObject)parentCustomer;
			parentCustomer = (Account)eResolveProxy(oldParentCustomer);
			if (parentCustomer != oldParentCustomer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.CONTACT__PARENT_CUSTOMER, oldParentCustomer, parentCustomer));
			}
		}
		return parentCustomer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Account basicGetParentCustomer() {
		return parentCustomer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentCustomer(Account newParentCustomer) {
		Account oldParentCustomer = parentCustomer;
		parentCustomer = newParentCustomer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONTACT__PARENT_CUSTOMER, oldParentCustomer, parentCustomer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerId() {
		return ownerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerId(String newOwnerId) {
		String oldOwnerId = ownerId;
		ownerId = newOwnerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONTACT__OWNER_ID, oldOwnerId, ownerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwningBusinessUnit() {
		return owningBusinessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwningBusinessUnit(String newOwningBusinessUnit) {
		String oldOwningBusinessUnit = owningBusinessUnit;
		owningBusinessUnit = newOwningBusinessUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.CONTACT__OWNING_BUSINESS_UNIT, oldOwningBusinessUnit, owningBusinessUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.CONTACT__FULL_NAME:
				return getFullName();
			case FieldbookPackage.CONTACT__FIRST_NAME:
				return getFirstName();
			case FieldbookPackage.CONTACT__LAST_NAME:
				return getLastName();
			case FieldbookPackage.CONTACT__TELEPHONE1:
				return getTelephone1();
			case FieldbookPackage.CONTACT__EMAIL_ADDRESS1:
				return getEmailAddress1();
			case FieldbookPackage.CONTACT__PARENT_CUSTOMER:
				if (resolve) return getParentCustomer();
				return basicGetParentCustomer();
			case FieldbookPackage.CONTACT__OWNER_ID:
				return getOwnerId();
			case FieldbookPackage.CONTACT__OWNING_BUSINESS_UNIT:
				return getOwningBusinessUnit();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.CONTACT__FULL_NAME:
				setFullName((String)newValue);
				return;
			case FieldbookPackage.CONTACT__FIRST_NAME:
				setFirstName((String)newValue);
				return;
			case FieldbookPackage.CONTACT__LAST_NAME:
				setLastName((String)newValue);
				return;
			case FieldbookPackage.CONTACT__TELEPHONE1:
				setTelephone1((String)newValue);
				return;
			case FieldbookPackage.CONTACT__EMAIL_ADDRESS1:
				setEmailAddress1((String)newValue);
				return;
			case FieldbookPackage.CONTACT__PARENT_CUSTOMER:
				setParentCustomer((Account)newValue);
				return;
			case FieldbookPackage.CONTACT__OWNER_ID:
				setOwnerId((String)newValue);
				return;
			case FieldbookPackage.CONTACT__OWNING_BUSINESS_UNIT:
				setOwningBusinessUnit((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FieldbookPackage.CONTACT__FULL_NAME:
				setFullName(FULL_NAME_EDEFAULT);
				return;
			case FieldbookPackage.CONTACT__FIRST_NAME:
				setFirstName(FIRST_NAME_EDEFAULT);
				return;
			case FieldbookPackage.CONTACT__LAST_NAME:
				setLastName(LAST_NAME_EDEFAULT);
				return;
			case FieldbookPackage.CONTACT__TELEPHONE1:
				setTelephone1(TELEPHONE1_EDEFAULT);
				return;
			case FieldbookPackage.CONTACT__EMAIL_ADDRESS1:
				setEmailAddress1(EMAIL_ADDRESS1_EDEFAULT);
				return;
			case FieldbookPackage.CONTACT__PARENT_CUSTOMER:
				setParentCustomer((Account)null);
				return;
			case FieldbookPackage.CONTACT__OWNER_ID:
				setOwnerId(OWNER_ID_EDEFAULT);
				return;
			case FieldbookPackage.CONTACT__OWNING_BUSINESS_UNIT:
				setOwningBusinessUnit(OWNING_BUSINESS_UNIT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FieldbookPackage.CONTACT__FULL_NAME:
				return FULL_NAME_EDEFAULT == null ? fullName != null : !FULL_NAME_EDEFAULT.equals(fullName);
			case FieldbookPackage.CONTACT__FIRST_NAME:
				return FIRST_NAME_EDEFAULT == null ? firstName != null : !FIRST_NAME_EDEFAULT.equals(firstName);
			case FieldbookPackage.CONTACT__LAST_NAME:
				return LAST_NAME_EDEFAULT == null ? lastName != null : !LAST_NAME_EDEFAULT.equals(lastName);
			case FieldbookPackage.CONTACT__TELEPHONE1:
				return TELEPHONE1_EDEFAULT == null ? telephone1 != null : !TELEPHONE1_EDEFAULT.equals(telephone1);
			case FieldbookPackage.CONTACT__EMAIL_ADDRESS1:
				return EMAIL_ADDRESS1_EDEFAULT == null ? emailAddress1 != null : !EMAIL_ADDRESS1_EDEFAULT.equals(emailAddress1);
			case FieldbookPackage.CONTACT__PARENT_CUSTOMER:
				return parentCustomer != null;
			case FieldbookPackage.CONTACT__OWNER_ID:
				return OWNER_ID_EDEFAULT == null ? ownerId != null : !OWNER_ID_EDEFAULT.equals(ownerId);
			case FieldbookPackage.CONTACT__OWNING_BUSINESS_UNIT:
				return OWNING_BUSINESS_UNIT_EDEFAULT == null ? owningBusinessUnit != null : !OWNING_BUSINESS_UNIT_EDEFAULT.equals(owningBusinessUnit);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (fullName: ");
		result.append(fullName);
		result.append(", firstName: ");
		result.append(firstName);
		result.append(", lastName: ");
		result.append(lastName);
		result.append(", telephone1: ");
		result.append(telephone1);
		result.append(", emailAddress1: ");
		result.append(emailAddress1);
		result.append(", ownerId: ");
		result.append(ownerId);
		result.append(", owningBusinessUnit: ");
		result.append(owningBusinessUnit);
		result.append(')');
		return result.toString();
	}

} //ContactImpl
